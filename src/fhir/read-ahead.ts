// Keeps one page in flight: as soon as a page arrives (and with it the server's `next` link), the
// request for the following page is sent, and only then is the page handed on to be parsed, mapped
// and rendered. A long history then costs its pages' latency, not latency plus processing per page.

/** Yields what `source` yields, asking it for the next item before handing on the current one. */
export async function* readAhead<T>(source: AsyncGenerator<T, void, undefined>): AsyncGenerator<T, void, undefined> {
  let ahead = source.next()
  try {
    for (;;) {
      const current = await ahead
      if (current.done) return
      ahead = source.next()
      // A failure of the page ahead is thrown where it is awaited, after the current page is used.
      ahead.catch(() => undefined)
      yield current.value
    }
  } finally {
    // Stopped early: the source ends once its request in flight settles (cancelling aborts it).
    void ahead.then(() => source.return(undefined)).catch(() => undefined)
  }
}
