import { listSchemes } from '../../../shared/contracts/org/list-schemes.schema';
import { saveCustomScheme } from '../../../shared/contracts/org/save-custom-scheme.schema';
import { setBranchScheme } from '../../../shared/contracts/org/set-branch-scheme.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { readExampleJson } from './load-example';

const EXAMPLES = ['rural-village', 'culture-company', 'foreign-affairs-office'];

/** The product takes each example of docs/examples/ as a committee's own scheme, exactly as written. */
describe('the example schemes through org.saveCustomScheme', () => {
  const backend = useBackend({ world: true });

  it('saves all three as custom versions and pins one for a branch-year', async () => {
    const admin = backend.as(PEOPLE.admin);
    for (const name of EXAMPLES) {
      expect(await admin.ok(saveCustomScheme, { committeeId: 'c1', scheme: readExampleJson(`${name}.scheme.json`) })).toEqual({
        ref: `${name}@1`,
        id: name,
        version: 1,
      });
    }
    const listed = await admin.ok(listSchemes, { committeeId: 'c1' });
    expect(listed.custom.map((c) => [c.ref, c.period])).toEqual(
      expect.arrayContaining([
        ['rural-village@1', 'quarter'],
        ['culture-company@1', 'quarter'],
        ['foreign-affairs-office@1', 'quarter'],
      ]),
    );
    const year = backend.world.year + 1;
    expect(await admin.ok(setBranchScheme, { branchId: 'bA', year, scheme: { custom: 'rural-village@1' } })).toMatchObject({
      schemeId: 'rural-village',
      schemeVersion: 1,
      source: 'custom',
      changed: true,
    });
  });
});
