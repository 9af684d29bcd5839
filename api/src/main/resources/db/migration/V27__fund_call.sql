-- The S&T activities fund and task proposals (issue #19): calls (đợt kêu gọi). A call is a grant call of the
-- union's fund or a call for scientific task proposals to the province; applications, review and decisions follow.
create table fund_call (
    id               uuid primary key,
    kind             varchar(20)  not null check (kind in ('grant', 'task_proposal')),
    title            text         not null check (length(title) between 1 and 300),
    description      text         not null,
    -- whole VND; a bigint holds any provincial budget
    budget_vnd       bigint       not null check (budget_vnd > 0),
    eligibility      varchar(20)  not null check (eligibility in ('associations', 'experts', 'both')),
    fields           varchar(60)[] not null default '{}',
    -- [{code, name, description, weight, maxScore}], weights in percent summing to 100 once the call opens
    rubric           jsonb        not null default '[]',
    normalise_scores boolean      not null default false,
    opens_at         timestamptz  not null,
    closes_at        timestamptz  not null,
    status           varchar(20)  not null check (status in ('draft', 'open', 'closed', 'under_review', 'decided', 'archived')),
    search_key       text         not null,
    created_by       varchar(200) not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint fund_call_window check (closes_at > opens_at)
);
create index fund_call_status_idx on fund_call (status, closes_at desc, id);
create index fund_call_search_idx on fund_call using gin (search_key gin_trgm_ops);
