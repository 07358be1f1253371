/** The product name, on screen, in print and in the window title. */
export const APP_NAME = 'Chart Lens'
