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

-- Applications to a call: by an association (written by its officers) or by an expert for themselves. Private to the
-- applicant and the office. Amounts in whole VND; requested_vnd is the sum of the budget lines' requested amounts.
create table fund_application (
    id               uuid primary key,
    call_id          uuid         not null references fund_call (id),
    applicant_type   varchar(20)  not null check (applicant_type in ('association', 'expert')),
    association_id   uuid references association (id),
    expert_id        uuid references expert (id),
    title            text         not null,
    summary          text         not null,
    objectives       text         not null,
    expected_results text         not null,
    duration_months  integer      not null check (duration_months between 1 and 60),
    -- [{expertId, role}]
    team             jsonb        not null default '[]',
    -- [{item, requestedVnd, counterpartVnd}]
    budget_lines     jsonb        not null default '[]',
    requested_vnd    bigint       not null check (requested_vnd >= 0),
    counterpart_vnd  bigint       not null check (counterpart_vnd >= 0),
    status           varchar(20)  not null check (status in ('draft', 'submitted', 'eligible', 'ineligible', 'under_review',
                                                             'approved', 'waitlisted', 'rejected', 'withdrawn')),
    status_reason    text,
    submitted_at     timestamptz,
    search_key       text         not null,
    created_by       varchar(200) not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint fund_application_applicant check ((applicant_type = 'association') = (association_id is not null)
                                                 and (applicant_type = 'expert') = (expert_id is not null))
);
create index fund_application_call_idx on fund_application (call_id, status);
create index fund_application_association_idx on fund_application (association_id) where association_id is not null;
create index fund_application_expert_idx on fund_application (expert_id) where expert_id is not null;
