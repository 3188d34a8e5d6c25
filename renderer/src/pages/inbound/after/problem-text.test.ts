import { describe, expect, it } from 'vitest';
import { contentUpdateProblems, type ContentUpdateCheck } from '../../../../../shared/inbound/content-update-rules';
import en from '../../../i18n/locales/en/inboundAfter.json';
import zh from '../../../i18n/locales/zh-CN/inboundAfter.json';

/** {{name}} filled the way i18next fills it. */
const fill = (template: string, facts: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(facts[k] ?? `{{${k}}}`));

const base: ContentUpdateCheck = { shipmentLabel: 'FBA15ABCDE', status: 'WORKING', before: new Map([['SKU-A', 200]]), after: new Map([['SKU-A', 200]]), boxesAdded: 0, emptyBoxes: [], changed: true };

/** One check that breaks every rule the station checks, and one per closed-shipment rule. */
const problems = [
  ...contentUpdateProblems({ ...base, after: new Map([['SKU-A', 150], ['SKU-N', 1]]), emptyBoxes: [2] }),
  ...contentUpdateProblems({ ...base, changed: false }),
  ...contentUpdateProblems({ ...base, status: 'READY_TO_SHIP', boxesAdded: 2 }),
  ...contentUpdateProblems({ ...base, status: 'SHIPPED' }),
];

describe('the station’s content update checks in the packer’s language', () => {
  it('covers every kind of problem the station raises', () => {
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['QUANTITY_CHANGE_TOO_LARGE', 'NEW_MSKU', 'EMPTY_BOX', 'NO_CHANGE', 'BOX_ADDED_NOT_WORKING', 'SHIPMENT_CLOSED']));
  });

  it('says in English word for word what the station says, and in Chinese with every fact in it', () => {
    for (const problem of problems) {
      const english = (en.problem as Record<string, string>)[problem.code];
      const chinese = (zh.problem as Record<string, string>)[problem.code];
      expect(english, problem.code).toBeDefined();
      expect(fill(english!, problem.facts)).toBe(problem.message);
      expect(chinese, problem.code).toBeDefined();
      const said = fill(chinese!, problem.facts);
      expect(said, problem.code).not.toMatch(/\{\{/);
      for (const fact of Object.values(problem.facts)) expect(said, `${problem.code} names ${fact}`).toContain(String(fact));
    }
  });
});
