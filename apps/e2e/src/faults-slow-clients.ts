import { connect, type Socket } from 'node:net';

/** What a slow client saw: everything the server wrote to it, and whether the server closed the connection. */
export interface SlowClient {
  received: string;
  closedByServer: Promise<boolean>;
  stop(): void;
}

/**
 * A slowloris client: it sends `opening`, then `trickle` one byte every 200 ms, never finishing the request. It never
 * closes the connection itself while trickling, so a close means the server closed it.
 */
export function slowClient(port: number, opening: string, trickle: string): SlowClient {
  const socket: Socket = connect({ host: '127.0.0.1', port });
  const client: SlowClient = { received: '', closedByServer: Promise.resolve(false), stop: () => undefined };
  let timer: NodeJS.Timeout | undefined;
  let stopping = false;
  client.stop = () => {
    stopping = true;
    clearInterval(timer);
    socket.destroy();
  };
  client.closedByServer = new Promise((resolve) => {
    socket.on('data', (chunk) => {
      client.received += chunk.toString('latin1');
    });
    // A write after the server closed fails with EPIPE / ECONNRESET: the close below is what counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve(!stopping);
    });
  });
  socket.once('connect', () => {
    if (opening) socket.write(opening);
    if (!trickle) return;
    let sent = 0;
    timer = setInterval(() => {
      if (!socket.writable) return;
      socket.write(trickle[sent % trickle.length]);
      sent += 1;
    }, 200);
  });
  return client;
}
