export const USAGE = `Qimma: recognise Russia–China leaders' meetings in Arabic news text.

Usage:
  qimma extract [--published YYYY-MM-DD] [--out DIR] FILE…
      Extract every article FILE: a .txt file is the article's plain UTF-8 text, a .html file
      a whole saved page ("-" reads text from standard input). Prints one JSON object per
      article, one per line; with --out, writes DIR/NAME.json instead (NAME: file name without
      extension). --published gives the publication day when the text has no dateline.
      Offsets are UTF-16 offsets into the text exactly as read (for pages: the "text" field).

  qimma parse number|ordinal|money|duration|date [--ref YYYY-MM-DD]
      Read one phrase per line on standard input; print one JSON object per line:
      {"text": …, "value": …, …}, with "value": null when the phrase is not understood.
      --ref is the reference day that relative dates (اليوم، أمس، الخميس الماضي) resolve against.

  qimma --help | --version

Exit status: 0 all inputs processed, 1 some input failed (missing file, not UTF-8, …),
2 usage error (unknown command or option, bad date).
`;
