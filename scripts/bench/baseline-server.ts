import { createServer } from 'node:http';

/**
 * The yardstick for `npm run bench`: bare node:http that reads and parses the same JSON body and answers 200.
 * What HTTP alone costs on this machine, with the same load generator and body as the command path.
 */
const port = Number(process.env.BENCH_PORT);
if (!port) throw new Error('BENCH_PORT is required');
createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let ok = true;
    try {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      ok = false;
    }
    res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' }).end(ok ? '{"ok":true}' : '{"ok":false}');
  });
}).listen(port, '127.0.0.1', () => console.log(`ready ${port}`));
process.on('SIGTERM', () => process.exit(0));
