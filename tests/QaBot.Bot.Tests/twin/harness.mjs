// Starts discord-digital-twin for the QaBot.Bot tests and prints one JSON line on stdout:
// its REST URL (through a recording proxy), gateway URL, bot token and the seeded ids. The tests
// script users through the control API on the same port (/_control/...) and read back every REST
// request the bot made, with the time the twin broadcast each user message, to measure latency.
// Ends when stdin closes (the test process went away) or on SIGTERM.
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import { DigitalDiscord } from 'discord-digital-twin'

const discord = new DigitalDiscord({
  guild: { name: 'QaBot Test Server' },
  channels: [
    { name: 'general', type: 0 },
    { name: 'elsewhere', type: 0 },
  ],
  users: [
    { username: 'Alice' },
    { username: 'Admin' },
    { username: 'OtherBot', bot: true },
  ],
  botUser: { username: 'QaBot' },
  botToken: 'twin-bot-token',
})
await discord.start()

const channels = await discord.prisma.channel.findMany({ orderBy: { name: 'asc' } })
const users = await discord.prisma.user.findMany()
const byName = (list, name) => list.find((x) => (x.name ?? x.username) === name).id
const dmChannelId = String(BigInt(channels[0].id) + 7n)
await discord.prisma.channel.create({ data: { id: dmChannelId, type: 1, name: null, guildId: null } })

// When each MESSAGE_CREATE left the twin, keyed by message id.
const broadcastAt = new Map()
const gateway = discord.server.gateway
const originalBroadcast = gateway.broadcastMessageCreate.bind(gateway)
gateway.broadcastMessageCreate = (message, guildId) => {
  broadcastAt.set(message.id, performance.now())
  originalBroadcast(message, guildId)
}

const requests = []
const twinBase = `http://127.0.0.1:${discord.port}`

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function json(res, status, value) {
  res.writeHead(status, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(value))
}

async function control(req, res, url) {
  const body = req.method === 'POST' ? JSON.parse((await readBody(req)) || '{}') : {}
  switch (url.pathname) {
    case '/_control/message': {
      const message = await discord.channel(body.channelId).user(body.userId).sendMessage({ content: body.content })
      return json(res, 200, { message, broadcastAt: broadcastAt.get(message.id) })
    }
    case '/_control/slash': {
      const interaction = await discord.channel(body.channelId).user(body.userId).runSlashCommand({ name: body.name, options: body.options })
      return json(res, 200, interaction)
    }
    case '/_control/button': {
      const interaction = await discord.channel(body.channelId).user(body.userId).clickButton({ messageId: body.messageId, customId: body.customId })
      return json(res, 200, interaction)
    }
    case '/_control/messages':
      return json(res, 200, await discord.channel(url.searchParams.get('channelId')).getMessages())
    case '/_control/requests':
      return json(res, 200, requests.slice(Number(url.searchParams.get('since') ?? '0')))
    case '/_control/interaction':
      return json(res, 200, await discord.channel(url.searchParams.get('channelId')).getInteractionResponse(url.searchParams.get('id')))
    case '/_control/broadcast':
      return json(res, 200, { at: broadcastAt.get(url.searchParams.get('messageId')) ?? null, now: performance.now() })
    default:
      return json(res, 404, { error: 'unknown control ' + url.pathname })
  }
}

// Forwards /api/* to the twin, recording each request as the bot sent it.
async function proxy(req, res, url) {
  const body = await readBody(req)
  const receivedAt = performance.now()
  const record = {
    index: requests.length,
    method: req.method,
    path: url.pathname.replace(/^\/api\/v10\//, ''),
    authorization: req.headers['authorization'] ?? null,
    userAgent: req.headers['user-agent'] ?? null,
    body,
    receivedAt,
    status: null,
  }
  requests.push(record)
  const headers = { ...req.headers }
  delete headers['content-length']
  delete headers['host']
  const upstream = await fetch(twinBase + url.pathname + url.search, {
    method: req.method,
    headers,
    body: ['GET', 'HEAD'].includes(req.method) ? undefined : body,
  })
  record.status = upstream.status
  const text = await upstream.text()
  const outHeaders = {}
  upstream.headers.forEach((value, key) => {
    if (!['content-length', 'transfer-encoding', 'content-encoding', 'connection'].includes(key)) outHeaders[key] = value
  })
  res.writeHead(upstream.status, outHeaders)
  res.end(text)
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1')
  const handler = url.pathname.startsWith('/_control/') ? control : proxy
  handler(req, res, url).catch((error) => json(res, 500, { error: String(error?.stack ?? error) }))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const port = server.address().port

process.stdout.write(JSON.stringify({
  restUrl: `http://127.0.0.1:${port}/api/v10`,
  controlUrl: `http://127.0.0.1:${port}`,
  gatewayUrl: discord.gatewayUrl,
  botToken: discord.botToken,
  botUserId: discord.botUserId,
  guildId: discord.guildId,
  generalChannelId: byName(channels, 'general'),
  otherChannelId: byName(channels, 'elsewhere'),
  dmChannelId,
  aliceId: byName(users, 'Alice'),
  adminId: byName(users, 'Admin'),
  otherBotId: byName(users, 'OtherBot'),
}) + '\n')

async function shutdown() {
  server.close()
  await discord.stop()
  process.exit(0)
}
process.stdin.on('end', shutdown)
process.stdin.on('close', shutdown)
process.stdin.resume()
process.on('SIGTERM', shutdown)
