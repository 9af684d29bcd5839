import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { listParams, onlyWhen, param, useListState } from './url-state';

interface Query {
  q?: string;
  status?: 'open' | 'closed';
  active?: boolean;
  from?: string;
  sort: 'name' | '-updatedAt';
  page: number;
  size: number;
}

const definition = listParams<Query>({
  q: param.text(),
  status: param.oneOf(['open', 'closed'] as const),
  active: param.bool(),
  from: param.date(),
  sort: param.choice(['name', '-updatedAt'] as const),
  size: param.size(),
  page: param.page(),
});

describe('listParams', () => {
  it('reads typed values and falls back to the defaults for unknown or invalid ones', () => {
    const query = definition.parse(
      new URLSearchParams('q=%20Hội%20&status=lost&active=false&from=2026-13&sort=x&page=-2&size=7'),
    );
    expect(query).toEqual({
      q: 'Hội',
      status: undefined,
      active: false,
      from: undefined,
      sort: 'name',
      page: 1,
      size: 20,
    });
  });

  it('writes in the schema order and leaves the defaults out', () => {
    const query: Query = {
      q: 'a',
      status: 'open',
      active: true,
      from: '2026-01-31',
      sort: 'name',
      page: 1,
      size: 20,
    };
    expect(definition.write(query).toString()).toBe('q=a&status=open&active=true&from=2026-01-31');
    expect(
      definition.write({ ...query, q: undefined, sort: '-updatedAt', page: 3, size: 50 }).toString(),
    ).toBe('status=open&active=true&from=2026-01-31&sort=-updatedAt&size=50&page=3');
  });

  it('reads back what it writes', () => {
    const query: Query = {
      q: 'Đà Nẵng',
      status: 'closed',
      active: false,
      sort: '-updatedAt',
      page: 4,
      size: 100,
    };
    expect(definition.parse(definition.write(query))).toEqual({ ...query, from: undefined });
  });

  it('bounds numbers and cuts long words', () => {
    const grade = param.int(12);
    expect([grade.parse('12'), grade.parse('13'), grade.parse('0'), grade.parse('1e1')]).toEqual([
      12,
      undefined,
      undefined,
      undefined,
    ]);
    expect(param.text(3).parse('abcdef')).toBe('abc');
    expect(param.size(20, null, 100).parse('37')).toBe(37);
    expect(param.size(20, null, 100).parse('101')).toBe(20);
    expect(param.flag().parse('false')).toBeUndefined();
    expect(param.uuid().parse('not-an-id')).toBeUndefined();
  });

  it('writes a field only where the rest of the query says it applies', () => {
    const tabbed = listParams<{ tab: 'a' | 'b'; status?: string; page: number }>({
      tab: param.choice(['a', 'b'] as const),
      status: onlyWhen(param.text(), (q: { tab: string }) => q.tab === 'a'),
      page: param.page(),
    });
    expect(tabbed.write({ tab: 'a', status: 'x', page: 1 }).toString()).toBe('status=x');
    expect(tabbed.write({ tab: 'b', status: 'x', page: 1 }).toString()).toBe('tab=b');
  });
});

describe('useListState', () => {
  function setUp(url: string) {
    let location = '';
    function Spy({ children }: { children: ReactNode }) {
      const l = useLocation();
      location = l.search;
      return children;
    }
    let state!: ReturnType<typeof useListState<Query>>;
    function Page() {
      state = useListState(definition);
      return null;
    }
    const router = createMemoryRouter(
      [
        {
          path: '/list',
          element: (
            <Spy>
              <Page />
            </Spy>
          ),
        },
      ],
      { initialEntries: [url] },
    );
    renderHook(() => null, { wrapper: () => <RouterProvider router={router} /> });
    return { state: () => state, location: () => location, router };
  }

  it('reads the URL and starts again from the first page when a filter changes', () => {
    const page = setUp('/list?status=open&page=3');
    expect(page.state().query.page).toBe(3);
    act(() => page.state().update({ q: 'hội' }));
    expect(page.location()).toBe('?q=h%E1%BB%99i&status=open');
    expect(page.state().query).toMatchObject({ q: 'hội', status: 'open', page: 1 });
  });

  it('turns pages without touching the filters, and Back returns to the page before', async () => {
    const page = setUp('/list?status=closed');
    act(() => page.state().setPage(2));
    expect(page.location()).toBe('?status=closed&page=2');
    await act(() => page.router.navigate(-1));
    expect(page.state().query).toMatchObject({ status: 'closed', page: 1 });
  });
});
