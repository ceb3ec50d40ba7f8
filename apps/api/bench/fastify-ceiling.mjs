// A bare Fastify instance with one JSON route, run by the bench as the HTTP layer's ceiling.
import Fastify from 'fastify';

const app = Fastify();
app.get('/', async () => ({ count: 123456, goal: 1000000, updatedAt: '2026-11-29T00:00:00.000Z' }));
await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
