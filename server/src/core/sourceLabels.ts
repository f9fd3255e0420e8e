// How a person names a source: its outlet (declared, written in the file, or the site of its URL), else its
// byline, else a short readable form of its file name. Every table, hover, message, title and citation uses
// sourceLabel, so that one file is named the same way everywhere.

/** The parts of a document that can name it (a DocumentMeta, or a claim's file and its document's outlet). */
export interface SourceNaming {
  file: string;
  outlet?: string | null;
  author?: string | null;
}

/** Well-known hosts (registrable domains) and the names their outlets go by. */
const KNOWN_SITES: Readonly<Record<string, string>> = {
  'abcnews.go.com': 'ABC News',
  'aljazeera.com': 'Al Jazeera',
  'apnews.com': 'AP',
  'bbc.co.uk': 'BBC News',
  'bbc.com': 'BBC News',
  'cbsnews.com': 'CBS News',
  'chicagotribune.com': 'Chicago Tribune',
  'cnn.com': 'CNN',
  'dawn.com': 'Dawn',
  'espn.go.com': 'ESPN',
  'foxnews.com': 'Fox News',
  'huffingtonpost.com': 'HuffPost',
  'hollywoodreporter.com': 'The Hollywood Reporter',
  'latimes.com': 'Los Angeles Times',
  'nbcnews.com': 'NBC News',
  'nydailynews.com': 'New York Daily News',
  'nypost.com': 'New York Post',
  'nytimes.com': 'The New York Times',
  'people.com': 'People',
  'reuters.com': 'Reuters',
  'theguardian.com': 'The Guardian',
  'thehindu.com': 'The Hindu',
  'usatoday.com': 'USA Today',
  'variety.com': 'Variety',
  'washingtonpost.com': 'The Washington Post',
  'yahoo.com': 'Yahoo',
  'aljazeera.net': 'Al Jazeera',
  'npr.org': 'NPR',
  'wsj.com': 'The Wall Street Journal',
};

/** Second-level labels under which a country's domains are registered: "bbc.co.uk", "abc.net.au". */
const SECOND_LEVEL = /^(?:co|com|net|org|gov|ac|edu)$/;

/** Hosts of many sites, one per subdomain: "druzifer.livejournal.com" is the site, not "livejournal.com". */
const BLOG_HOSTS = /^(?:blogspot|livejournal|wordpress|tumblr|substack|typepad|github|go)$/;

/** The host of an http(s) URL, lower case, or null. */
export function hostOf(url: string): string | null {
  const m = /^https?:\/\/(?:[^/?#@\s]*@)?([^/?#:\s]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase().replace(/\.$/, '') : null;
}

/**
 * The name of the site a URL belongs to: the outlet of a well-known host ("http://articles.latimes.com/…" →
 * "Los Angeles Times"), else its registrable domain ("https://www.example-news.com/a" → "example-news.com").
 */
export function siteName(url: string): string | null {
  const host = hostOf(url);
  if (!host || !/[a-z]/.test(host) || !host.includes('.')) return null;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const known = KNOWN_SITES[labels.slice(i).join('.')];
    if (known) return known;
  }
  if (labels.length >= 3 && BLOG_HOSTS.test(labels[labels.length - 2])) return labels.slice(-3).join('.');
  const keep =
    labels.length >= 3 && labels[labels.length - 1].length === 2 && SECOND_LEVEL.test(labels[labels.length - 2])
      ? 3
      : 2;
  return labels.slice(-keep).join('.');
}

/**
 * A file name as a person reads it: the last path segment without its extension, and without a hash-like
 * suffix ("seeds/004_b956a5e68296c51b.txt" → "004", "notes/report.md" → "report").
 */
export function readableFileLabel(file: string): string {
  const base = file.replace(/\\/g, '/').split('/').pop() ?? file;
  const stem = base.replace(/\.[^.]+$/, '');
  const hashed = /^(.+?)_[0-9a-f]{8,}$/i.exec(stem);
  return hashed ? hashed[1] : stem;
}

/** What names a source, its outlet else its byline, or null (where a column beside it already shows the file). */
export function sourceName(source: Omit<SourceNaming, 'file'>): string | null {
  return source.outlet?.trim() || source.author?.trim() || null;
}

/** "The Hindu", "Julie Steenhuysen" (a byline when no outlet is known), "004" (a file named by neither). */
export function sourceLabel(source: SourceNaming): string {
  return sourceName(source) ?? readableFileLabel(source.file);
}

/** A source already named (a TimelineEntry, a FindingLocation): its file, and its sourceLabel. */
export interface LabelledSource {
  file: string;
  label: string;
}

/** The labels of several sources, each once, in the order of their files: "The Hindu, Tatkaal Khabar, 003". */
export function listSources(sources: readonly (SourceNaming | LabelledSource)[]): string {
  const ordered = [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return [...new Set(ordered.map((source) => ('label' in source ? source.label : sourceLabel(source))))].join(', ');
}
