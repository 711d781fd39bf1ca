import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/api.ts';
import { TEST_CONFIRMATION_CODE } from '../support/cognito-code.ts';
import { eventually } from '../support/eventually.ts';
import { expectAccessible, type LaunchedBrowser, launchChromium, tracedContext } from './support/browser.ts';
import { startWebStack, type WebStack } from './support/web-stack.ts';

/**
 * The web app in Debian's Chromium against the local stack: the built app under its CSP, the
 * API on its own origin (CORS), uploads and downloads straight to and from the bucket.
 */
let stack: WebStack;
let chromium: LaunchedBrowser;

beforeAll(async () => {
  const launching = launchChromium();
  stack = await startWebStack();
  chromium = await launching;
});

afterAll(async () => {
  await chromium?.close();
  await stack?.stop();
});

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(stack.appUrl);
  await page.getByRole('heading', { name: 'Sign in to Tasklane' }).waitFor();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Your projects' }).waitFor();
}

/** The message an input points at with aria-describedby (a 422's field error). */
async function messageOf(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(label, { exact: true });
  await expect.poll(() => input.getAttribute('aria-invalid'), { timeout: 30_000 }).toBe('true');
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(' ').map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

const STATUSES = ['todo', 'in_progress', 'blocked', 'done'] as const;

const column = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });

describe('the web app', () => {
  it('alice plans a project with bob: tasks, a move, a comment, a file, an invitation', async () => {
    const alice = await stack.newUser('alice');
    const bob = await stack.newUser('bob');
    const projectName = `Launch ${randomBytes(3).toString('hex')}`;
    const { page } = await tracedContext(chromium.browser, 'alice');

    await page.goto(stack.appUrl);
    await page.getByRole('heading', { name: 'Sign in to Tasklane' }).waitFor();
    await expectAccessible(page, 'sign in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await expectAccessible(page, 'sign up');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await expectAccessible(page, 'forgot password');

    await signIn(page, alice.email);
    await expectAccessible(page, 'projects');

    // A 422's field error shows next to its input: a project needs a name.
    await page.getByRole('button', { name: 'Create project' }).click();
    expect(await messageOf(page, 'Project name')).toMatch(/\S/);

    await page.getByLabel('Project name').fill(projectName);
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { name: projectName }).waitFor();

    for (const [title, priority, labels] of [
      ['Write the launch post', 'high', 'launch, docs'],
      ['Book the venue', 'medium', ''],
    ] as const) {
      if (!(await page.getByRole('button', { name: 'Create task' }).isVisible())) {
        await page.getByRole('button', { name: 'New task' }).click();
      }
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByLabel('Priority', { exact: true }).selectOption(priority);
      await page.getByLabel('Labels', { exact: true }).fill(labels);
      await page.getByRole('button', { name: 'Create task' }).click();
      await column(page, 'To do').getByRole('link', { name: title }).waitFor();
    }
    await expectAccessible(page, 'board');

    await page.getByLabel('Move Book the venue to').selectOption('done');
    await column(page, 'Done').getByRole('link', { name: 'Book the venue' }).waitFor();
    expect(await column(page, 'To do').getByRole('link', { name: 'Book the venue' }).count()).toBe(0);

    // Invite bob by e-mail.
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('heading', { name: `Members of ${projectName}` }).waitFor();
    await page.getByLabel('Their e-mail').fill(bob.email);
    await page.getByLabel('Role', { exact: true }).selectOption('member');
    await page.getByRole('button', { name: 'Invite' }).click();
    await page.getByRole('cell', { name: bob.email, exact: true }).waitFor();
    await expectAccessible(page, 'members');

    // The task: comment, assign to bob, attach a file and fetch it back.
    await page.getByRole('link', { name: '← Back to the board' }).click();
    await page.getByRole('link', { name: 'Write the launch post' }).click();
    await page.getByRole('heading', { name: 'Write the launch post' }).waitFor();
    await page.getByLabel('Add a comment').fill('Draft is in the shared folder.');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.getByRole('list', { name: 'Comments' }).getByText('Draft is in the shared folder.').waitFor();

    await page.getByLabel('Assignee', { exact: true }).selectOption({ label: bob.email });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByLabel('Assignee', { exact: true }).inputValue()).toBe(bob.sub);

    const bytes = randomBytes(96 * 1024);
    await page
      .getByLabel('Attach a file')
      .setInputFiles({ name: 'plan.zip', mimeType: 'application/zip', buffer: bytes });
    await page.getByRole('button', { name: 'Download plan.zip' }).click();
    const link = page.getByRole('link', { name: 'Save plan.zip' });
    const href = (await link.getAttribute('href')) ?? '';
    const downloaded = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return Array.from(new Uint8Array(await response.arrayBuffer()));
    }, href);
    expect(Buffer.from(downloaded).equals(bytes)).toBe(true);
    await expectAccessible(page, 'task');

    // Someone else edits the task meanwhile: saving answers 412, and the app offers to reapply.
    const api = await stack.clientFor(alice.email);
    const projectId = new URL(page.url()).pathname.split('/')[2] ?? '';
    const taskId = new URL(page.url()).pathname.split('/')[4] ?? '';
    await api.PATCH('/v1/projects/{projectId}/tasks/{taskId}', {
      params: { path: { projectId, taskId } },
      body: { description: 'Changed elsewhere' },
    });
    await page.getByLabel('Priority', { exact: true }).selectOption('urgent');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('button', { name: 'Reload and reapply my change' }).click();
    await expect
      .poll(() => page.getByLabel('Description', { exact: true }).inputValue())
      .toBe('Changed elsewhere');
    expect(await page.getByLabel('Priority', { exact: true }).inputValue()).toBe('urgent');

    // Search through the header's box (the stream worker indexes shortly after a write).
    await eventually(async () => {
      await page.getByLabel('Search tasks').fill('launch');
      await page.getByLabel('Search tasks').press('Enter');
      await page
        .getByRole('list', { name: 'Search results' })
        .getByRole('link', { name: 'Write the launch post' })
        .waitFor({ timeout: 2_000 });
    }, 90_000);
    await expectAccessible(page, 'search');

    // Export the project and read the file it made.
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: 'Write the launch post' })
      .click();
    await page.getByRole('link', { name: `← ${projectName}` }).click();
    await page.getByRole('button', { name: 'Export project' }).click();
    const exported = page.getByRole('link', { name: 'Download the export (JSON)' });
    await exported.waitFor({ timeout: 120_000 });
    const exportText = await page.evaluate(
      async (url) => (await fetch(url)).text(),
      (await exported.getAttribute('href')) ?? '',
    );
    expect(exportText).toContain('Write the launch post');

    // Bob, in a browser context of his own, sees the project and the task assigned to him.
    const bobs = await tracedContext(chromium.browser, 'bob');
    await signIn(bobs.page, bob.email);
    await bobs.page.getByRole('link', { name: projectName }).click();
    await column(bobs.page, 'To do').getByRole('link', { name: 'Write the launch post' }).waitFor();
    await bobs.page.getByRole('link', { name: 'My tasks' }).click();
    await bobs.page
      .getByRole('list', { name: 'Tasks assigned to me' })
      .getByRole('link', { name: 'Write the launch post' })
      .waitFor();
    await expectAccessible(bobs.page, 'my tasks');

    await bobs.page.getByRole('button', { name: 'Sign out' }).click();
    await bobs.page.getByRole('heading', { name: 'Sign in to Tasklane' }).waitFor();
  });

  it('a new user signs up, confirms the e-mailed code, resets the password and signs in with the new one', async () => {
    const email = `newcomer-${randomBytes(4).toString('hex')}@example.com`;
    const { page } = await tracedContext(chromium.browser, 'newcomer');
    await page.goto(`${stack.appUrl}/signup`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Confirm your e-mail' }).waitFor();
    await expectAccessible(page, 'confirm');
    // A wrong code is a 422 naming the code: its message sits under the Code input.
    await page.getByLabel('Code').fill('000000');
    await page.getByRole('button', { name: 'Confirm' }).click();
    expect(await messageOf(page, 'Code')).toMatch(/\S/);
    await page.getByLabel('Code').fill(TEST_CONFIRMATION_CODE);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Account confirmed: sign in.').waitFor();

    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await expectAccessible(page, 'reset password');
    await page.getByLabel('Code').fill(TEST_CONFIRMATION_CODE);
    await page.getByLabel('New password', { exact: true }).fill('Tasklane-new-2');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed: sign in with the new one.').waitFor();
    await page.getByLabel('Password').fill('Tasklane-new-2');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your projects' }).waitFor();
  });

  it('renders the first column of a 500-task board (measured and printed, not asserted)', async () => {
    const owner = await stack.newUser('owner');
    const api = await stack.clientFor(owner.email);
    const created = await api.POST('/v1/projects', { body: { name: 'Five hundred' } });
    const projectId = created.data?.id ?? '';
    // Bulk calls of 20; an operation a loaded machine answered 503 is sent again.
    let pending = Array.from({ length: 500 }, (_, index) => ({
      op: 'create' as const,
      task: {
        title: `Task ${index + 1}`,
        status: STATUSES[index % 4] ?? 'todo',
        priority: 'medium' as const,
        labels: [],
      },
    }));
    for (let attempt = 0; pending.length > 0 && attempt < 10; attempt += 1) {
      const failed: typeof pending = [];
      for (let start = 0; start < pending.length; start += 20) {
        const operations = pending.slice(start, start + 20);
        const bulk = await api.POST('/v1/projects/{projectId}/tasks/bulk', {
          params: { path: { projectId } },
          body: { operations },
        });
        const results = bulk.data?.results ?? [];
        operations.forEach((operation, index) => {
          if (results[index]?.status !== 201) failed.push(operation);
        });
      }
      pending = failed;
    }
    expect(pending).toEqual([]);
    // The stream worker runs in this process beside the API: let it index the 500 new tasks first,
    // so the measurement is the board's and not the backlog's.
    await eventually(
      async () => {
        const found = await api.GET('/v1/search', { params: { query: { q: 'Task 500', limit: 5 } } });
        expect(found.data?.items.map((item) => item.task.title)).toContain('Task 500');
      },
      240_000,
      500,
    );
    const { page } = await tracedContext(chromium.browser, 'board-500');
    await signIn(page, owner.email);
    const started = Date.now();
    await page.getByRole('link', { name: 'Five hundred' }).click();
    await column(page, 'To do').getByRole('listitem').first().waitFor();
    const firstColumnMs = Date.now() - started;
    await column(page, 'Done').getByRole('listitem').first().waitFor();
    const allColumnsMs = Date.now() - started;
    expect(await column(page, 'To do').getByRole('button', { name: 'Load more (To do)' }).isVisible()).toBe(
      true,
    );
    console.log(
      `500-task board: first column rendered in ${firstColumnMs} ms, all four in ${allColumnsMs} ms (click to first card, local stack)`,
    );
  });
});
