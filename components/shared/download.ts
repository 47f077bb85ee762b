// Saving a file from an extension page without the `downloads` permission: a Blob URL and an
// <a download>. Works in the popup and the dashboard alike.

export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the URL is kept a little longer for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `qimma-2024-05-16.json`: sorts by date in a folder, says what it is. */
export function exportFileName(now: Date): string {
  return `qimma-${now.toISOString().slice(0, 10)}.json`;
}
