// The idea's and the plan's gaps, the deadline's own day, and the first dossier's
// Mẫu 02 taken from an approved idea.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  form02FromIdea,
  ideaGaps,
  planGaps,
  stepDeadline,
  stepGaps,
  stepOfStage,
  stepOpen,
  type BusinessPlan,
  type IdeaFields,
} from './idea-content.ts';

const idea: IdeaFields = {
  kind: 'newProduct',
  name: 'Trà hoa vàng Ba Chẽ',
  productSetNo: 5,
  description: 'Trà từ hoa vàng hái trên đồi của xã',
  rawMaterials: 'Hoa vàng của 12 hộ trong xã',
  localIdentity: 'Cây bản địa của vùng Ba Chẽ',
};
const plan: BusinessPlan = {
  goals: 'Đạt 3 sao năm sau',
  markets: 'Cửa hàng đặc sản trong tỉnh',
  capacity: '2 tấn/năm',
  investments: 'Máy sấy lạnh',
  funding: 'Vốn tự có 60%, hỗ trợ OCOP 40%',
  timeline: 'Quý 3: sấy thử; quý 4: bán thử',
  expectedRevenue: 450,
};

describe('a product idea', () => {
  it('is complete with a name, set, description, raw materials and local identity', () => {
    assert.deepEqual(ideaGaps(idea), []);
    assert.deepEqual(
      ideaGaps({ ...idea, description: '  ', productSetNo: null }).map((g) => g.field),
      ['description', 'productSetNo'],
    );
  });
  it('names every missing part of the business plan, all of them when there is none', () => {
    assert.deepEqual(planGaps(plan), []);
    assert.equal(planGaps(null).length, 6);
    assert.deepEqual(
      planGaps({ ...plan, funding: '', expectedRevenue: null }).map((g) => g.field),
      ['funding'],
    );
  });
  it('takes filings on the deadline’s own day and not the day after', () => {
    assert.equal(stepOpen('2027-04-30', '2027-04-30'), true);
    assert.equal(stepOpen('2027-04-30', '2027-05-01'), false);
  });
  it('counts the calendar days to a deadline across a month and a leap day', () => {
    assert.deepEqual(stepDeadline('2028-03-01', '2028-02-27'), {
      due: '2028-03-01',
      standing: 'open',
      daysLeft: 3,
    });
    assert.equal(stepDeadline('2028-03-01', '2028-03-01').standing, 'dueToday');
    assert.deepEqual(stepDeadline('2028-03-01', '2028-03-05').daysLeft, -4);
  });
  it('asks for the idea while it is written and for the plan once selected, nothing after', () => {
    assert.deepEqual(
      stepGaps('returned', { ...idea, name: '' }, null).map((g) => g.field),
      ['name'],
    );
    assert.equal(stepGaps('selected', idea, null).length, 6);
    assert.deepEqual(stepGaps('planApproved', idea, null), []);
    assert.deepEqual((['draft', 'selected', 'planApproved'] as const).map(stepOfStage), [
      'ideas',
      'plans',
      null,
    ]);
  });
  it('fills the first dossier’s Mẫu 02 part I and IV without retyping', () => {
    const f = form02FromIdea(idea, plan);
    assert.equal(f.general.productDescription, idea.description);
    assert.equal(f.general.rawMaterials, idea.rawMaterials);
    assert.equal(f.plan?.markets, plan.markets);
    assert.match(f.plan?.investments ?? '', /Máy sấy lạnh\nNguồn vốn: Vốn tự có/);
    assert.equal(form02FromIdea(idea, null).plan, null);
  });
});
