import { closeSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { onExit } from 'signal-exit';

/**
 * An output file written row by row in constant memory and still atomically: the rows go to a temporary file in
 * the same folder, which replaces the target only on {@link OutputStream.commit} (after an fsync), keeping the
 * mode of the file it replaces and following a symbolic link to its target. {@link OutputStream.abort}, a thrown
 * error or an interrupted process (SIGINT, SIGTERM…, through signal-exit) removes the temporary file, so the
 * target is never left half written.
 *
 * The caller checks the path first (`checkOutputs`): a directory, FIFO or device is refused before this opens.
 */
export type OutputStream = {
  readonly write: (text: string) => void;
  readonly commit: () => void;
  readonly abort: () => void;
};

const FLUSH_AT = 1 << 16;

function resolveTarget(path: string): { target: string; mode: number | undefined } {
  try {
    const target = realpathSync(path);
    return { target, mode: statSync(target).mode & 0o7777 };
  } catch {
    return { target: path, mode: undefined };
  }
}

export function openOutputStream(path: string): OutputStream {
  const { target, mode } = resolveTarget(path);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined = openSync(tmp, 'wx', mode ?? 0o666);
  let pending: string[] = [];
  let size = 0;
  let done = false;
  const removeOnExit = onExit(() => cleanUp());

  function cleanUp(): void {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
      fd = undefined;
    }
    if (!done) {
      done = true;
      try {
        unlinkSync(tmp);
      } catch {
        /* already gone */
      }
    }
  }

  function flush(): void {
    if (fd === undefined || pending.length === 0) return;
    writeSync(fd, pending.join(''));
    pending = [];
    size = 0;
  }

  return {
    write(text) {
      if (fd === undefined) throw new Error('output stream is closed');
      pending.push(text);
      size += text.length;
      if (size >= FLUSH_AT) flush();
    },
    commit() {
      if (done) return; // aborted: the target stays as it was
      if (fd === undefined) throw new Error('output stream is closed');
      try {
        flush();
        fsyncSync(fd);
        if (mode !== undefined) chmodSync(tmp, mode);
        closeSync(fd);
        fd = undefined;
        renameSync(tmp, target);
        done = true;
      } catch (e) {
        cleanUp();
        throw e;
      } finally {
        removeOnExit();
      }
    },
    abort() {
      cleanUp();
      removeOnExit();
    },
  };
}
