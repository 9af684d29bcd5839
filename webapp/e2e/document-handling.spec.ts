import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiAs } from './support/api';
import { PDF, json, randomWord } from './support/data';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

// Handling of an incoming document (xử lý văn bản đến), from assignment to done: staff assign it to
// staff2 (the lead) with the leader's instruction and a deadline; staff2 finds it among their documents,
// writes the report, attaches a file, links the outgoing document that answers it and marks it done; the
// history shows who did what.

const word = `xl${randomWord()}`;
const subject = `Công văn đề nghị góp ý dự thảo quy hoạch ${word}`;
const answerSubject = `Về việc góp ý dự thảo quy hoạch ${word}`;

function provinceDay(offset: number): string {
  const now = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

async function signedIn(browser: Browser, path: string, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  await loginOnKeycloak(page, username);
  return page;
}

test('staff assign an incoming document, the lead handler reports and marks it done', async ({ browser }) => {
  // two users, two browsers and six accessibility checks: more than the default two minutes on a busy machine
  test.setTimeout(300_000);
  const yesterday = provinceDay(-1);
  const incoming = await json<{ id: string }>(
    await apiAs('staff', '/api/v1/official-documents', {
      method: 'POST',
      body: {
        direction: 'incoming',
        type: 'official_letter',
        documentDate: yesterday,
        receivedOn: yesterday,
        senderSymbol: '245/UBND-KGVX',
        issuingBody: 'UBND tỉnh Nghệ An',
        subject,
      },
    }),
    'POST incoming document',
  );
  const answer = await json<{ id: string; symbol: string }>(
    await apiAs('staff', '/api/v1/official-documents', {
      method: 'POST',
      body: {
        direction: 'outgoing',
        type: 'official_letter',
        documentDate: provinceDay(0),
        draftingUnit: 'VP',
        subject: answerSubject,
      },
    }),
    'POST answering document',
  );

  // staff assign it on the document's page
  const staff = await signedIn(browser, `/registry/${incoming.id}`, 'staff');
  await expect(staff.getByTestId('document-subject')).toHaveText(subject);
  await expect(staff.getByTestId('handling-state')).toHaveText('Mới đến');
  await expectAccessible(staff, 'incoming document, received');
  await staff.getByTestId('assign-submit').click();
  await expect(staff.getByTestId('assign-deadline')).toHaveAttribute('aria-invalid', 'true');
  await staff.getByTestId('assign-handlers').click();
  await staff.getByRole('option', { name: /\(staff2\)/ }).click();
  await staff.getByRole('option', { name: /\(staff\)/ }).click();
  await staff.keyboard.press('Escape');
  await staff.getByTestId('assign-lead').click();
  await staff.getByRole('option', { name: /\(staff2\)/ }).click();
  await staff
    .getByTestId('assign-instruction')
    .fill('Giao đồng chí Tuấn chủ trì, tham mưu văn bản trả lời trước hạn.');
  const deadline = provinceDay(5);
  await staff.getByTestId('assign-deadline').fill(deadline);
  await staff.getByTestId('assign-submit').click();
  await expect(staff.getByTestId('handling-state')).toHaveText('Đã giao');
  await expect(staff.getByTestId('handling-instruction')).toContainText('Giao đồng chí Tuấn chủ trì');
  await expect(staff.getByTestId('handler-card')).toHaveCount(2);
  await expect(staff.getByTestId('handler-card').first()).toHaveAttribute('data-username', 'staff2');
  await expect(staff.getByTestId('history-entry')).toHaveCount(1);
  await expectAccessible(staff, 'incoming document, assigned');

  // staff2 finds it among their documents
  const lead = await signedIn(browser, '/registry/my-documents', 'staff2');
  await expect(lead.getByRole('heading', { level: 1 })).toHaveText('Văn bản tôi xử lý');
  const row = lead.locator(`[data-testid="handling-row"][data-document-id="${incoming.id}"]`);
  await expect(row).toContainText(subject);
  await expect(row).toContainText('Đã giao');
  await expectAccessible(lead, 'my documents');
  await row.getByRole('link').click();
  await expect(lead).toHaveURL(new RegExp(`/registry/${incoming.id}$`));

  // the report (which starts the handling), a file and the answer
  const mine = lead.locator('[data-testid="handler-card"][data-username="staff2"]');
  await mine.getByTestId('report-text').fill('Đã dự thảo công văn trả lời, trình Thường trực ký ban hành.');
  await mine.getByTestId('report-save').click();
  await expect(lead.getByTestId('handling-state')).toHaveText('Đang xử lý');
  await lead
    .locator('[data-testid="handler-card"][data-username="staff2"] input[type="file"]')
    .setInputFiles({ name: 'du-thao-tra-loi.pdf', mimeType: 'application/pdf', buffer: PDF });
  await lead
    .locator('[data-testid="handler-card"][data-username="staff2"]')
    .getByTestId('attachment-button')
    .click();
  await expect(lead.getByTestId('attachment-list')).toContainText('du-thao-tra-loi.pdf');
  await lead.getByTestId('answer-select').click();
  await lead.getByTestId('answer-select').fill(answer.symbol);
  await lead.getByRole('option', { name: new RegExp(answerSubject) }).click();
  await lead.getByTestId('answer-link').click();
  await expect(lead.getByTestId('answer')).toContainText(answer.symbol);

  // the lead marks it done
  await lead.getByTestId('move-done').click();
  await expect(lead.getByTestId('handling-state')).toHaveText('Hoàn thành');
  await expect(lead.getByTestId('move-done')).toHaveCount(0);
  await expect(lead.getByTestId('assignment-form')).toHaveCount(0);
  const events = lead.getByTestId('history-entry');
  await expect(events).toHaveCount(5);
  await expect(events.last()).toContainText('staff2');
  await expect(lead.getByTestId('handling-history')).toContainText('Hoàn thành');
  await expectAccessible(lead, 'incoming document, done');

  const handling = await json<{ state: string; answer: { id: string } }>(
    await apiAs('staff', `/api/v1/official-documents/${incoming.id}/handling`),
    'GET handling',
  );
  expect(handling.state).toBe('done');
  expect(handling.answer.id).toBe(answer.id);

  // the office's list shows it done
  await staff.goto('/registry/handling?state=done');
  await expect(
    staff.locator(`[data-testid="handling-row"][data-document-id="${incoming.id}"]`),
  ).toContainText('Hoàn thành');
  await expectAccessible(staff, 'office handling list');
});
