/** What a CLI command may touch, so tests can run commands in-process. */
export interface Io {
  out(text: string): void; // stdout, text should end with \n when it is a line
  err(text: string): void; // stderr
  cwd: string;
  /** stderr is a terminal: progress lines may be drawn (never in a pipe or a test) */
  progress?: boolean;
}

let stdoutClosed = false;
let stderrClosed = false;

export const processIo: Io = {
  out: (t) => void (stdoutClosed || process.stdout.write(t)),
  err: (t) => void (stderrClosed || process.stderr.write(t)),
  cwd: process.cwd(),
  progress: !!process.stderr.isTTY,
};

/**
 * A reader that stops early (`mz check … | head -1`) closes the pipe: further output is dropped
 * quietly instead of an EPIPE stack trace, and the command still ends with its own exit code.
 */
export function installPipeGuards(): void {
  const guard = (stream: NodeJS.WriteStream, closed: () => void) => {
    if (stream.listenerCount('error') > 0) return;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed();
      else throw e;
    });
  };
  guard(process.stdout, () => (stdoutClosed = true));
  guard(process.stderr, () => (stderrClosed = true));
}

/** A command: argv after its name; resolves to the exit code. */
export type Command = (argv: string[], io: Io) => Promise<number>;
