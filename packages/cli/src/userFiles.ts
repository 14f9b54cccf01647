/**
 * Reading the files named on the command line. A path that does not exist, is a folder, or cannot be read is a
 * usage error with a message in Chinese and English, never Node's raw `ENOENT`.
 */
import { readFileSync, statSync } from 'node:fs';

/** A mistake in how `huanjie` was called (exit code 2): its message is shown as it is. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function explain(path: string, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UsageError(`找不到文件“${path}” / no such file: ${path}`);
  if (code === 'EISDIR') return new UsageError(`“${path}”是文件夹，不是文件 / ${path} is a folder, not a file`);
  if (code === 'EACCES' || code === 'EPERM') {
    return new UsageError(`没有读取“${path}”的权限 / permission denied: ${path}`);
  }
  return new UsageError(`无法读取“${path}” / cannot read ${path}: ${(e as Error).message}`);
}

/** The bytes of a file, or a {@link UsageError} saying why not. */
export function readUserFile(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw explain(path, e);
  }
}

/** The text (UTF-8) of a file, or a {@link UsageError} saying why not. */
export function readUserText(path: string): string {
  return new TextDecoder().decode(readUserFile(path));
}

/** Whether a path is a folder; a {@link UsageError} when it does not exist. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (e) {
    throw explain(path, e);
  }
}
