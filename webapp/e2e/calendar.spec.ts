import { expect, test, type Page } from '@playwright/test';
import { apiAs } from './support/api';
import { json, randomWord } from './support/data';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';
import { awaitMailMatch } from './support/mail';

// The calendar (lịch họp, lịch công tác, hội thảo khoa học): staff puts a meeting on a day where one of its
// participants is already booked and sees the clash flagged in the week view; the public registers for a workshop.

interface CalendarEvent {
  id: string;
  title: string;
  conflicts: { id: string }[];
}

/** A province day (UTC+7) some months ahead, different for each run, so runs do not meet. */
function futureDay(): string {
  const days = 120 + Math.floor(Math.random() * 600);
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function noToasts(page: Page): Promise<void> {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
}

async function createEvent(body: Record<string, unknown>): Promise<CalendarEvent> {
  return json<CalendarEvent>(
    await apiAs('staff', '/api/v1/calendar/events', {
      method: 'POST',
      headers: { 'idempotency-key': crypto.randomUUID() },
      body,
    }),
    'POST /calendar/events',
  );
}

test('staff puts a meeting on the calendar and the week view flags the double booking', async ({ page }) => {
  const day = futureDay();
  const existing = await createEvent({
    kind: 'work',
    title: `Làm việc tại Sở KH&CN ${randomWord()}`,
    startsAt: `${day}T09:00:00+07:00`,
    endsAt: `${day}T10:00:00+07:00`,
    place: 'Sở Khoa học và Công nghệ',
    visibility: 'members',
    participants: [{ kind: 'user', username: 'expert' }],
  });
  const title = `Họp Ban Thường vụ E2E ${randomWord()}`;

  await page.goto(`/calendar/new?day=${day}`);
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByTestId('event-form')).toBeVisible();
  await page.getByTestId('field-title').fill(title);
  // 24-hour time fields: hours, then minutes (the picker moves on after two digits)
  await page.getByTestId('field-start').pressSequentially('0830');
  await page.getByTestId('field-end').pressSequentially('1030');
  await page.getByTestId('field-place').fill('Phòng họp tầng 3, trụ sở Liên hiệp hội');
  await page.getByTestId('field-chair-name').fill('Chủ tịch Liên hiệp hội');
  await page.getByTestId('field-users').fill('expert, officer');
  await page.getByTestId('field-externals').fill('Sở Khoa học và Công nghệ');
  await page.getByTestId('field-agenda').fill('1. Báo cáo công tác tháng\n2. Kế hoạch tháng tới');
  await expectAccessible(page, 'event editor');
  await page.getByTestId('save').click();

  await expect(page.getByTestId('event-title')).toHaveText(title);
  await expect(page.getByTestId('event-time')).toContainText('08:30');
  await expect(page.getByTestId('conflict-badge')).toBeVisible();
  await expect(page.getByTestId('conflicts')).toContainText(existing.title);
  await noToasts(page);
  await expectAccessible(page, 'event page');

  await page.goto(`/calendar?day=${day}`);
  const week = page.getByTestId('week-view');
  await expect(week).toBeVisible();
  const chip = week.locator(`[data-day="${day}"]`).getByTestId('event-chip').filter({ hasText: title });
  await expect(chip).toBeVisible();
  await expect(chip.getByTestId('conflict-badge')).toBeVisible();
  await expect(
    week.locator(`[data-day="${day}"]`).getByTestId('event-chip').filter({ hasText: existing.title }),
  ).toBeVisible();
  await expectAccessible(page, 'week view');

  await page.getByTestId('view-switch').getByText('Tháng').click();
  await expect(page.getByTestId('month-view').locator(`[data-day="${day}"]`)).toContainText(title);
  await expectAccessible(page, 'month view');
});

test('anyone registers for a public workshop without signing in', async ({ page }) => {
  const day = futureDay();
  const workshop = await createEvent({
    kind: 'workshop',
    title: `Hội thảo khoa học Cam Vinh E2E ${randomWord()}`,
    startsAt: `${day}T08:00:00+07:00`,
    endsAt: `${day}T17:00:00+07:00`,
    place: 'Hội trường Liên hiệp hội',
    visibility: 'everyone',
    registrationOpen: true,
    capacity: 50,
  });

  await page.goto(`/calendar/events/${workshop.id}`);
  await expect(page.getByTestId('event-title')).toHaveText(workshop.title);
  await expect(page.getByTestId('registration-form')).toBeVisible();
  await expectAccessible(page, 'public workshop');
  await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Trần Thị Lan');
  const address = `lan.${randomWord()}@example.vn`;
  await page.getByRole('textbox', { name: 'Thư điện tử' }).fill(address);
  await page.getByRole('textbox', { name: 'Cơ quan, đơn vị' }).fill('Trường Đại học Vinh');
  await page.getByTestId('register').click();
  // the same answer for every address: a link is mailed, and the seat is held once it is followed
  await expect(page.getByTestId('registration-done')).toContainText('Xin mở hộp thư để xác nhận đăng ký.');
  await expect(page.getByTestId('registration-done')).toContainText('thư xác nhận');
  await expectAccessible(page, 'registered, waiting for the confirmation');
  await page.reload();
  await expect(page.getByTestId('registration-state')).toContainText('0/50');

  expect(
    (
      await json<{ total: number }>(
        await apiAs('staff', `/api/v1/calendar/events/${workshop.id}/registrations`),
        'registrants',
      )
    ).total,
  ).toBe(0);

  // the link of the mail confirms it: now the seat is held, and the office sees who registered
  const link = await awaitMailMatch(address, /\/workshop-registration\/confirm\?token=[A-Za-z0-9_-]+/);
  await page.goto(link[0]);
  await expect(page.getByTestId('registration-confirmed')).toContainText('Trần Thị Lan');
  await expectAccessible(page, 'registration confirmed');
  await page.getByTestId('registration-event').click();
  await expect(page.getByTestId('registration-state')).toContainText('1/50');
  const registrants = await json<{ total: number; items: { fullName: string }[] }>(
    await apiAs('staff', `/api/v1/calendar/events/${workshop.id}/registrations`),
    'registrants',
  );
  expect(registrants.items.map((r) => r.fullName)).toEqual(['Trần Thị Lan']);
});

test('the landing page of a registration link says plainly when the link is wrong', async ({ page }) => {
  await page.goto('/workshop-registration/confirm?token=ma-khong-ton-tai');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xác nhận đăng ký dự hội thảo');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByTestId('registration-confirmed')).toHaveCount(0);
  await expectAccessible(page, 'unknown registration link');
  await page.goto('/workshop-registration/confirm');
  await expect(page.getByTestId('registration-link-missing')).toBeVisible();
});
