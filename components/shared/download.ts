// Saving a file from an extension page without the `downloads` permission: a Blob URL and an
// <a download>. Works in the popup and the dashboard alike.

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
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
