import net from 'node:net';

/**
 * Reads a recipient's mails on the test mail server (GreenMail, started by the API's test run) over IMAP, as a mail
 * program would: login with the address (any password), every message of the inbox as raw text. The few IMAP
 * commands needed are written out here (no client library in the project for this alone).
 */
function imapPort(): number {
  const port = process.env.LHH_IMAP_PORT;
  if (!port) {
    throw new Error(
      'LHH_IMAP_PORT is not set: run the e2e tests through WebappE2eTest (see webapp/README.md)',
    );
  }
  return Number(port);
}

function session(address: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(imapPort(), '127.0.0.1');
    let buffer = '';
    let step = 0;
    let exists = 0;
    const messages: string[] = [];
    const send = (line: string) => socket.write(`${line}\r\n`);
    socket.setEncoding('latin1');
    socket.setTimeout(10_000, () => socket.destroy(new Error('IMAP timeout')));
    socket.on('error', reject);
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      if (step === 0 && buffer.includes('\r\n')) {
        step = 1;
        buffer = '';
        send(`a1 LOGIN "${address}" "any"`);
      } else if (step === 1 && /^a1 /m.test(buffer)) {
        if (!/^a1 OK/m.test(buffer)) return reject(new Error(`IMAP login: ${buffer}`));
        step = 2;
        buffer = '';
        send('a2 SELECT INBOX');
      } else if (step === 2 && /^a2 /m.test(buffer)) {
        exists = Number(/^\* (\d+) EXISTS/m.exec(buffer)?.[1] ?? 0);
        buffer = '';
        if (exists === 0) {
          step = 4;
          send('a4 LOGOUT');
        } else {
          step = 3;
          send('a3 FETCH 1:* (BODY.PEEK[])');
        }
      } else if (step === 3 && /^a3 (OK|NO|BAD)/m.test(buffer)) {
        // each message is a literal: "* n FETCH (BODY[] {size}\r\n<size bytes>)"
        const literal = /\{(\d+)\}\r\n/g;
        let m: RegExpExecArray | null;
        while ((m = literal.exec(buffer)) !== null) {
          const start = m.index + m[0].length;
          const size = Number(m[1]);
          messages.push(Buffer.from(buffer.slice(start, start + size), 'latin1').toString('latin1'));
          literal.lastIndex = start + size;
        }
        step = 4;
        buffer = '';
        send('a4 LOGOUT');
      } else if (step === 4 && /^a4 /m.test(buffer)) {
        socket.end();
        resolve(messages);
      }
    });
  });
}

/** Quoted-printable soft breaks and escapes undone (the links are ASCII; the rest is not needed here). */
function unfold(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Waits until at least {@code count} mails to the address match the pattern, and returns the match in the newest one.
 */
export async function awaitMailMatch(
  address: string,
  pattern: RegExp,
  count = 1,
  timeoutMs = 30_000,
): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await session(address))
      .map(unfold)
      .map((text) => text.match(pattern))
      .filter((m): m is RegExpMatchArray => m !== null);
    if (found.length >= count) return found[found.length - 1];
    if (Date.now() > deadline)
      throw new Error(`no mail to ${address} matching ${pattern} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
