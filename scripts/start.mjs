// npm start: the local Epic + Cerner sandbox and the app's dev server together.
import { spawn } from 'node:child_process'

const sandboxPort = process.env.SANDBOX_PORT ?? '4010'
const appUrl = 'http://localhost:5173'
const env = { ...process.env, SANDBOX_PORT: sandboxPort, APP_URL: appUrl, VITE_SANDBOX_URL: `http://localhost:${sandboxPort}` }

const children = [
  spawn('npx', ['tsx', 'mocks/server/main.ts'], { stdio: 'inherit', env }),
  spawn('npx', ['vite', '--port', '5173', '--strictPort'], { stdio: ['inherit', 'pipe', 'inherit'], env }),
]
children[1].stdout.on('data', (d) => process.stdout.write(d))

setTimeout(() => {
  console.log(`
  App (standalone launch)   ${appUrl}/
  EHR simulator             http://127.0.0.1:${sandboxPort}/ehr
  Sandbox users and URLs    http://localhost:${sandboxPort}/
`)
}, 1500)

const stop = () => children.forEach((c) => c.kill('SIGTERM'))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
children.forEach((c) => c.on('exit', (code) => {
  stop()
  process.exitCode = code ?? 0
}))
