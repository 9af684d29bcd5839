import { expect, test, type Page } from '@playwright/test';
import { apiAs, tokenOf } from './support/api';
import { json } from './support/data';
import { env } from './support/env';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

// Consultations (tư vấn, phản biện, giám định xã hội): the office assigns an expert, the expert declares,
// accepts and submits an opinion. Each scenario prepares its own consultation through the API.

const SUBJECT_PREFIX = 'Phản biện thử nghiệm E2E';
const FIELD = 'thuy-loi';

interface ExpertProfile {
  id: string;
  displayName: string;
  fields: { code: string }[];
}

interface Assignment {
  id: string;
  expertId: string;
  status: string;
  opinionText?: string;
  version: number;
}

/** Waits until the success messages are gone: axe would measure them while they fade out. */
async function noToasts(page: Page): Promise<void> {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
}

function isoDate(daysFromToday: number): string {
  const d = new Date();
  d.setDate(d.getDate() + daysFromToday);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The expert profile linked to the `expert` account: read as `expert`, created by `staff` when missing.
 * Its availability and membership are never changed here (other specs use the same profile).
 */
async function expertProfile(): Promise<ExpertProfile> {
  const me = await apiAs('expert', '/api/v1/experts/me');
  if (me.ok) return (await me.json()) as ExpertProfile;
  if (me.status !== 404) throw new Error(`GET /experts/me: ${me.status} ${await me.text()}`);
  const created = await apiAs('staff', '/api/v1/experts', {
    method: 'POST',
    headers: { 'idempotency-key': crypto.randomUUID() },
    body: {
      fullName: 'Trần Thị Thủy Thử Nghiệm',
      degreeCode: 'TS',
      fieldCodes: [FIELD],
      organisation: 'Viện Thủy lợi thử nghiệm',
      availability: 'available',
      username: 'expert',
    },
  });
  // Another spec may have linked it in the meantime: read it again.
  if (created.status === 409)
    return json<ExpertProfile>(await apiAs('expert', '/api/v1/experts/me'), 'GET me');
  return json<ExpertProfile>(created, 'POST /experts');
}

/**
 * Takes the expert off every assignment still open: the API tests that ran before on the same database, and
 * interrupted runs of this spec, leave some, and at the rules' maximum of open assignments an expert is no
 * longer suggested at all.
 */
async function withdrawOpenAssignments(expertId: string): Promise<void> {
  for (const status of ['invited', 'cleared', 'accepted']) {
    const page = await json<{ items: { assignment: Assignment & { consultationId: string } }[] }>(
      await apiAs('staff', `/api/v1/consultation-assignments?expertId=${expertId}&status=${status}&size=100`),
      'list assignments',
    );
    for (const { assignment } of page.items) await withdraw(assignment.consultationId, assignment.id);
  }
}

async function withdraw(consultationId: string, assignmentId: string): Promise<void> {
  const current = await json<Assignment>(
    await apiAs('staff', `/api/v1/consultations/${consultationId}/assignments/${assignmentId}`),
    'GET assignment',
  );
  if (!['invited', 'cleared', 'accepted'].includes(current.status)) return;
  await json(
    await apiAs('staff', `/api/v1/consultations/${consultationId}/assignments/${assignmentId}/withdrawal`, {
      method: 'POST',
      headers: { 'if-match': `"${current.version}"` },
    }),
    'withdraw',
  );
}

async function createConsultation(subject: string, fieldCodes: string[]): Promise<string> {
  const created = await json<{ id: string }>(
    await apiAs('staff', '/api/v1/consultations', {
      method: 'POST',
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: {
        kind: 'critique',
        subject,
        description: 'Đề nghị phản biện đề án nâng cấp hệ thống kênh tưới (dữ liệu thử nghiệm).',
        requestingBody: 'UBND tỉnh Nghệ An',
        requestReference: `${Date.now() % 100_000}/UBND-NN`,
        requestDate: isoDate(0),
        deadline: isoDate(30),
        fieldCodes,
      },
    }),
    'POST /consultations',
  );
  return created.id;
}

/** A tiny PDF: the API checks uploads by their content ("%PDF-"). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'ascii',
);

async function uploadDocument(consultationId: string, fileName: string): Promise<void> {
  const response = await fetch(
    `${env.apiUrl}/api/v1/consultations/${consultationId}/documents?fileName=${encodeURIComponent(fileName)}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokenOf('staff')}`, 'content-type': 'application/pdf' },
      body: PDF,
    },
  );
  await json(response, 'POST document');
}

async function assignmentsOf(consultationId: string): Promise<{ status: string; assignments: Assignment[] }> {
  return json(await apiAs('staff', `/api/v1/consultations/${consultationId}`), 'GET consultation');
}

/**
 * The consultation's fields: every field of the (shared) profile, or the brief's field when it has none. Sharing
 * all of them gives the expert the full field score, so the many one-field experts the API tests leave in the
 * database do not push it out of the ten suggestions.
 */
function fieldsFor(profile: ExpertProfile): string[] {
  const codes = profile.fields.map((f) => f.code);
  return codes.length === 0 ? [FIELD] : codes;
}

test('staff sees the expert among the suggestions and assigns them', async ({ page }) => {
  const expert = await expertProfile();
  await withdrawOpenAssignments(expert.id);
  const subject = `${SUBJECT_PREFIX} phân công ${Date.now().toString(36)}`;
  const id = await createConsultation(subject, fieldsFor(expert));

  try {
    await page.goto(`/consultations/${id}`);
    await loginOnKeycloak(page, 'staff');
    await expect(page.getByTestId('consultation-subject')).toHaveText(subject);
    await expect(page.getByTestId('consultation-status').first()).toHaveAttribute('data-status', 'received');
    await expect(page.getByTestId('consultation-status').first()).toHaveText('Đã tiếp nhận');

    // Staff attach the request document.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'du-thao-de-an.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByTestId('document-upload-button').click();
    await expect(page.getByTestId('document').filter({ hasText: 'du-thao-de-an.pdf' })).toHaveCount(1);

    const suggestion = page.locator(`[data-testid="suggestion"][data-expert-id="${expert.id}"]`);
    await expect(suggestion).toBeVisible();
    await expect(suggestion.getByTestId('suggestion-name')).toHaveText(expert.displayName);
    await expect(suggestion.getByTestId('suggestion-score')).toContainText('điểm');
    await expectAccessible(page, 'consultation (staff, before assigning)');

    await suggestion.getByTestId('assign').click();

    const row = page.locator(`[data-testid="assignment-row"][data-expert-id="${expert.id}"]`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('assignment-expert')).toHaveText(expert.displayName);
    await expect(row.getByTestId('assignment-status')).toHaveAttribute('data-status', 'invited');
    await expect(row.getByTestId('assignment-status')).toHaveText('Đã mời');
    await expect(page.getByTestId('consultation-status').first()).toHaveAttribute(
      'data-status',
      'experts_assigned',
    );
    await expect(page.getByTestId('consultation-status').first()).toHaveText('Đã phân công chuyên gia');
    // An assigned expert is no longer suggested.
    await expect(page.locator(`[data-testid="suggestion"][data-expert-id="${expert.id}"]`)).toHaveCount(0);
    await noToasts(page);
    await expectAccessible(page, 'consultation (staff, expert assigned)');

    // The board finds it by a word of its subject, with its count of assigned experts.
    await page.getByRole('link', { name: 'Tư vấn, phản biện', exact: true }).click();
    await expect(page).toHaveURL(/\/consultations$/);
    await page.getByTestId('search').fill(subject.split(' ').pop()!);
    await expect(page).toHaveURL(/[?&]q=/);
    const boardRow = page.getByTestId('consultation-row').filter({ hasText: subject });
    await expect(boardRow).toHaveCount(1);
    await expect(boardRow.getByTestId('assigned-count')).toHaveText('1');
    await expect(boardRow.getByTestId('consultation-status')).toHaveText('Đã phân công chuyên gia');
    await noToasts(page);
    await expectAccessible(page, 'consultation board');

    await page.getByTestId('tab-pool').click();
    await expect(page.getByTestId('pool-row').filter({ hasText: expert.displayName })).toHaveCount(1);
    await noToasts(page);
    await expectAccessible(page, 'reviewer pool');
    await page.getByTestId('tab-overdue').click();
    await expect(page).toHaveURL(/tab=overdue/);
    await noToasts(page);
    await expectAccessible(page, 'overdue opinions');
    // Staff read the rules; only admins change them.
    await page.getByTestId('tab-rules').click();
    await expect(page.getByTestId('rules-form')).toBeVisible();
    await expect(page.getByTestId('min-level-critique')).not.toHaveValue('');
    await expect(page.getByTestId('save-rules')).toHaveCount(0);
    await noToasts(page);
    await expectAccessible(page, 'rules (staff)');

    const after = await assignmentsOf(id);
    expect(after.status).toBe('experts_assigned');
    expect(after.assignments.map((a) => [a.expertId, a.status])).toEqual([[expert.id, 'invited']]);
  } finally {
    // Leave the shared expert's load as it was.
    const { assignments } = await assignmentsOf(id);
    for (const a of assignments) await withdraw(id, a.id);
  }
});

test('the expert declares no conflict, accepts and submits an opinion', async ({ page }) => {
  const expert = await expertProfile();
  await withdrawOpenAssignments(expert.id);
  const subject = `${SUBJECT_PREFIX} ý kiến ${Date.now().toString(36)}`;
  const id = await createConsultation(subject, fieldsFor(expert));
  await json(
    await apiAs('staff', `/api/v1/consultations/${id}/assignments`, {
      method: 'POST',
      headers: { 'idempotency-key': crypto.randomUUID() },
      // due soon, so it is on the first page of the expert's list (soonest due first)
      body: { expertId: expert.id, opinionDueOn: isoDate(1) },
    }),
    'assign',
  );
  await uploadDocument(id, 'ho-so-de-an.pdf');
  const opinion = `Đề nghị bổ sung phương án tiêu thoát lũ và đánh giá tác động môi trường (${Date.now().toString(36)}).`;

  await page.goto('/my-assignments');
  await loginOnKeycloak(page, 'expert');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Việc được giao');
  const card = page.locator(`[data-testid="my-assignment"][data-consultation-id="${id}"]`);
  await expect(card).toBeVisible();
  await expect(card.getByTestId('my-assignment-subject')).toHaveText(subject);
  await expect(card.getByTestId('assignment-work')).toHaveAttribute('data-step', 'declare');
  await expectAccessible(page, 'my assignments (declaration)');

  // Before the declaration the consultation page keeps the documents back.
  await card.getByTestId('my-assignment-subject').click();
  await expect(page.getByTestId('consultation-subject')).toHaveText(subject);
  await expect(page.getByTestId('documents-hidden')).toBeVisible();
  await expect(page.getByTestId('document')).toHaveCount(0);
  await noToasts(page);
  await expectAccessible(page, 'consultation (expert, before declaring)');
  await page.getByTestId('to-my-assignments').click();
  await expect(card).toBeVisible();

  await card.getByTestId('declare-none').click();
  await expect(card.getByTestId('assignment-work')).toHaveAttribute('data-step', 'answer');
  await card.getByTestId('accept').click();
  await expect(card.getByTestId('assignment-work')).toHaveAttribute('data-step', 'write');
  await noToasts(page);
  await expectAccessible(page, 'my assignments (opinion form)');

  await card.getByTestId('opinion-text').fill(opinion);
  await card.getByTestId('save-draft').click();
  await expect(page.getByText('Đã lưu bản nháp.')).toBeVisible();
  await card.getByTestId('submit-opinion').click();
  await expect(page.getByRole('dialog', { name: 'Gửi ý kiến?' })).toBeVisible();
  await page.getByTestId('confirm-submit').click();
  await expect(card.getByTestId('assignment-work')).toHaveAttribute('data-step', 'submitted');
  await expect(card.getByTestId('opinion-text-view')).toHaveText(opinion);
  await expect(card.getByTestId('assignment-status')).toHaveAttribute('data-status', 'submitted');

  // Having declared no conflict, the expert reads the consultation page (their own part only).
  await card.getByTestId('read-documents').click();
  await expect(page.getByTestId('consultation-subject')).toHaveText(subject);
  await expect(page.getByTestId('documents-hidden')).toHaveCount(0);
  await expect(page.getByTestId('document').filter({ hasText: 'ho-so-de-an.pdf' })).toHaveCount(1);
  await expect(page.getByTestId('assignments-table')).toHaveCount(0);
  await expect(page.getByTestId('to-my-assignments')).toBeVisible();
  await noToasts(page);
  await expectAccessible(page, 'consultation (expert)');

  const after = await assignmentsOf(id);
  const mine = after.assignments.find((a) => a.expertId === expert.id);
  expect(mine?.status).toBe('submitted');
  expect(mine?.opinionText).toBe(opinion);
});
