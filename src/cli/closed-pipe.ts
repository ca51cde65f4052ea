let installed = false;

/** `newsgraph query … | head` closes the pipe early: that is the reader's choice, not an error to report. */
export function exitQuietlyOnClosedPipe(): void {
  if (installed) return;
  installed = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
