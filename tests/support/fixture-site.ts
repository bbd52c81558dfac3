/**
 * The frozen fixture site (tests/fixture-site/, built by `npm run build:fixture`): its professions,
 * named by the fixture file they come from, with the title and slug the parser gives them. Tests of
 * specific behaviour refer to fixture texts this way, so they never depend on the live content/.
 */
import { readFileSync } from 'node:fs';
import { parseProfile } from '../../src/core/profile/parse';
import { FIXTURE_SOURCES } from './paths';

/** A profession of the fixture site. */
export interface FixtureProfession {
  title: string;
  slug: string;
  summary: string;
  /** Its page, e.g. "/profesi/<slug>/". */
  path: string;
}

/** Returns the profession that the fixture text `file` (in tests/fixture-site/content/sources/) becomes. */
export function fixtureProfession(file: string): FixtureProfession {
  const result = parseProfile(readFileSync(`${FIXTURE_SOURCES}/${file}`, 'utf8'), file);
  if (!result.ok) throw new Error(`fixture ${file} does not parse: ${result.problems.map((p) => p.message).join('; ')}`);
  const { title, slug, summary } = result.profile;
  return { title, slug, summary, path: `/profesi/${slug}/` };
}

/** The fixture texts the behaviour tests use, by what makes each one useful to them. */
export const FIXTURE = {
  /** The one text that says "agenda"; its page has the fit/unfit statements the self-check quotes. */
  meetings: fixtureProfession('004_da34f16a75f43c9a.txt'),
  /** The text that speaks most of "anggaran" (budget); it compares well with `ministry`. */
  projects: fixtureProfession('003_bceeab15af4041c4.txt'),
  /** The ministry official: found by the short name "Kemlu" through the synonym table. */
  ministry: fixtureProfession('002_cf2e344002910f3d.txt'),
  /** The text with the longest title (a policy unit in an international organisation). */
  policyUnit: fixtureProfession('000_80523f8a7c8d193d.txt'),
};
