import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, jsonForScript, occupationJsonLd, websiteJsonLd } from '../../../src/core/seo/json-ld';

describe('occupationJsonLd', () => {
  const base = { name: 'Diplomat', description: 'Mewakili negara.', url: 'https://peta.example/profesi/diplomat/' };

  it('returns an Occupation with responsibilities, skills and one credential per major', () => {
    const data = occupationJsonLd({ ...base, responsibilities: 'Bernegosiasi.', skills: 'Sabar.', majors: ['Hubungan Internasional'] });
    expect(data).toMatchObject({ '@type': 'Occupation', name: 'Diplomat', responsibilities: 'Bernegosiasi.', skills: 'Sabar.' });
    expect(data.educationRequirements).toEqual([
      { '@type': 'EducationalOccupationalCredential', credentialCategory: 'degree', about: 'Hubungan Internasional', name: 'Hubungan Internasional' },
    ]);
  });

  it('returns no education, responsibilities or skills when the text has none', () => {
    const data = occupationJsonLd({ ...base, majors: [] });
    expect(Object.keys(data)).not.toContain('educationRequirements');
    expect(Object.keys(data)).not.toContain('skills');
    expect(Object.keys(data)).not.toContain('responsibilities');
  });
});

describe('breadcrumbJsonLd', () => {
  it('returns the steps as numbered list items', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Beranda', url: 'https://p.example/' },
        { name: 'Diplomat', url: 'https://p.example/profesi/diplomat/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Beranda', item: 'https://p.example/' },
        { '@type': 'ListItem', position: 2, name: 'Diplomat', item: 'https://p.example/profesi/diplomat/' },
      ],
    });
  });
});

describe('websiteJsonLd', () => {
  it('returns a WebSite whose SearchAction opens /cari/?q=', () => {
    const data = websiteJsonLd({ name: 'Peta Profesi', description: 'd', url: 'https://p.example/', searchUrl: 'https://p.example/cari/' });
    expect(data.potentialAction).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: 'https://p.example/cari/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('jsonForScript', () => {
  it('returns JSON that cannot close its script element and parses back to the data', () => {
    const data = { name: '</script><script>alert(1)</script> <!-- x' };
    const json = jsonForScript(data);
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json)).toEqual(data);
  });
});
