/** What a CLI command may touch, so tests can run commands in-process. */
export interface Io {
  out(text: string): void; // stdout, text should end with \n when it is a line
  err(text: string): void; // stderr
  cwd: string;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
};

/** A command: argv after its name; resolves to the exit code. */
export type Command = (argv: string[], io: Io) => Promise<number>;
