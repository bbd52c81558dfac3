/** The human-readable ingest report (`npm run ingest -- --report`). */
import type { ParsedProfile } from './parse';
import { SECTION_KEYS, sectionHeading } from './sections';

/** Returns, per profile: title and its origin, sentence count per section, unplaced sentences, warnings. */
export function formatReport(profiles: readonly ParsedProfile[]): string {
  return profiles.map(formatOne).join('\n\n');
}

function formatOne(profile: ParsedProfile): string {
  const origin =
    profile.titleSource.kind === 'line'
      ? `title line (line ${profile.titleSource.line})`
      : `inferred from "${profile.titleSource.cue}" (line ${profile.titleSource.line})`;
  const lines = [`${profile.source} → ${profile.slug}.md`, `  title: ${profile.title} — ${origin}`];
  for (const key of SECTION_KEYS) {
    const pieces = profile.pieces.filter((p) => p.section === key && (p.kind === 'sentence' || p.kind === 'item'));
    if (pieces.length === 0) continue;
    const items = pieces.filter((p) => p.kind === 'item').length;
    const counts = [`${pieces.length - items} sentence(s)`, items ? `${items} item(s)` : ''].filter(Boolean).join(', ');
    lines.push(`  ${sectionHeading(key).padEnd(34)} ${counts}`);
  }
  lines.push(`  expectation pairs: ${profile.expectations.length}; compared with: ${profile.similar.join(', ') || '—'}`);
  lines.push(`  traits: ${profile.fitTraits.length} fit, ${profile.unfitTraits.length} unfit`);
  const unplaced = profile.pieces.filter((p) => p.section === 'other');
  lines.push(`  unrecognised: ${unplaced.length}`);
  for (const piece of unplaced) lines.push(`    line ${piece.line}: ${piece.text}`);
  lines.push(`  warnings: ${profile.warnings.length}`);
  for (const warning of profile.warnings) lines.push(`    line ${warning.line}: ${warning.message}`);
  return lines.join('\n');
}
