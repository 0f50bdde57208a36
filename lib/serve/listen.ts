// Listening on a port, with a one-line reason when that is not possible.
import type net from 'node:net';

/** Starts listening; a port already taken (or not ours to use) comes back as a one-line message naming the flag that changes it. */
export function listen(server: net.Server, port: number, host: string, portFlag = '-P'): Promise<string | undefined> {
  return new Promise((resolve) => {
    const onError = (e: NodeJS.ErrnoException): void => {
      const why =
        e.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use; stop the other server or choose another port with ${portFlag}`
          : e.code === 'EACCES'
            ? `not allowed to listen on port ${port} on ${host}; choose a port above 1023 with ${portFlag}`
            : e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND'
              ? `cannot listen on ${host}: no such address on this machine; choose another with -H`
              : e.message;
      resolve(why);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(undefined);
    });
  });
}

/** The port a listening server got (the real one when it asked for 0). */
export function boundPort(server: net.Server, fallback: number): number {
  const a = server.address();
  return typeof a === 'object' && a ? a.port : fallback;
}
