import tcb from '@cloudbase/node-sdk'
import { emulatorProcessEnv, sdkConfig, startEmulator } from '../../emulator'

async function main() {
  const emu = await startEmulator({ port: 0, indexes: {}, contentCheckWords: ['badword'], functions: {
    whoami: async (event: any, context: any) => { const c = tcb.getCloudbaseContext(context); return { event, openid: c.WX_OPENID ?? null, source: c.TCB_SOURCE ?? null, trigger: c.TRIGGER_SRC ?? null } },
    boom: async () => { throw new Error('kaput') },
  } })
  Object.assign(process.env, emulatorProcessEnv(emu))
  const app = tcb.init(sdkConfig(emu))
  // storage
  const up = await app.uploadFile({ cloudPath: 'photos/a.png', fileContent: Buffer.from([0x89,0x50,0x4e,0x47,0x0d,0x0a,0x1a,0x0a,1,2,3]) })
  console.log('upload', up)
  const urls = await app.getTempFileURL({ fileList: [up.fileID, 'cloud://x.y/missing.png'] })
  console.log('urls', urls)
  const dl = await app.downloadFile({ fileID: up.fileID })
  console.log('download', dl)
  try { await app.uploadFile({ cloudPath: 'photos/b.png', fileContent: Buffer.from('not a png') }) } catch (e) { console.log('bad type', (e as any).code, (e as any).message) }
  try { await app.uploadFile({ cloudPath: 'photos/b.exe', fileContent: Buffer.from('x') }) } catch (e) { console.log('bad ext', (e as any).code, (e as any).message) }
  console.log('delete', await app.deleteFile({ fileList: [up.fileID, up.fileID] }))
  // functions
  console.log('callFunction', await app.callFunction({ name: 'whoami', data: { a: 1 } }))
  try { await app.callFunction({ name: 'boom', data: {} }) } catch (e) { console.log('boom', (e as any).code, (e as any).message) }
  try { await app.callFunction({ name: 'nope', data: {} }) } catch (e) { console.log('nope', (e as any).code, (e as any).message) }
  const r = await fetch(`${emu.url}/functions/whoami`, { method: 'POST', headers: { 'x-wx-openid': 'o-abc' }, body: JSON.stringify({ q: 1 }) })
  console.log('http fn', r.status, await r.json())
  const t = await fetch(`${emu.url}/_emulator/triggers/whoami`, { method: 'POST' })
  console.log('timer', t.status, await t.json())
  // wx-server-sdk
  const cloud = require('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  const res = await cloud.openapi.security.msgSecCheck({ content: 'hello badword', version: 2, scene: 2, openid: 'o-abc' })
  console.log('msgSecCheck', JSON.stringify(res))
  emu.refuseSubscribeMessages('o-refuse')
  try { await cloud.openapi.subscribeMessage.send({ touser: 'o-refuse', templateId: 'T1', data: { thing1: { value: 'x' } } }) } catch (e) { console.log('refused', (e as any).errCode, (e as any).errMsg) }
  console.log('send ok', await cloud.openapi.subscribeMessage.send({ touser: 'o-ok', templateId: 'T1', data: { thing1: { value: 'x' } } }))
  console.log('wx db', await cloud.database().collection('x').get().catch((e: any) => [e.errCode, e.errMsg]))
  console.log(emu.outbox().length, emu.stats())
  await emu.stop()
}
main().catch((e) => { console.error('FAIL', e); process.exit(1) })
