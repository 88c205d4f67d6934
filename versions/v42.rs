pk_macros::version! {
    number = 42;
    title = "Scheduled jobs";

    // uuid primary key without a default (Ecto :binary_id; ids come from the application).
    // Ecto's :utc_datetime_usec is `timestamp` (µs, without time zone) here.
    // PhoenixKit adds the FK after the indexes in a DO block (skipped if phoenix_kit_users is missing);
    // the users table always exists on this chain, and the name is the default
    // phoenix_kit_scheduled_jobs_created_by_id_fkey either way.
    create_table!(phoenix_kit_scheduled_jobs, primary_key = uuid(id), {
        job_type: varchar(255) not_null,
        handler_module: varchar(255) not_null,
        resource_type: varchar(255) not_null,
        resource_id: uuid not_null,
        scheduled_at: timestamp not_null,
        executed_at: timestamp,
        status: varchar(255) not_null default "pending",
        attempts: integer not_null default 0,
        max_attempts: integer not_null default 3,
        last_error: text,
        args: jsonb not_null default "{}",
        priority: integer not_null default 0,
        created_by_id: bigint references(phoenix_kit_users, on_delete = set_null),
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_scheduled_jobs, [status, scheduled_at], name = phoenix_kit_scheduled_jobs_status_scheduled_idx);
    create_index!(phoenix_kit_scheduled_jobs, [resource_type, resource_id], name = phoenix_kit_scheduled_jobs_resource_idx);
    create_index!(phoenix_kit_scheduled_jobs, [job_type], name = phoenix_kit_scheduled_jobs_job_type_idx);
    create_index!(phoenix_kit_scheduled_jobs, [status, priority, scheduled_at], name = phoenix_kit_scheduled_jobs_priority_idx);

    comment!(phoenix_kit_scheduled_jobs, "Universal scheduled jobs system for posts, emails, notifications, etc.");
    comment!(phoenix_kit_scheduled_jobs.job_type, "Type of job: publish_post, send_email, send_notification, etc.");
    comment!(phoenix_kit_scheduled_jobs.handler_module, "Elixir module that implements PhoenixKit.ScheduledJobs.Handler behaviour");
    comment!(phoenix_kit_scheduled_jobs.resource_type, "Type of resource: post, email, notification, etc.");
    comment!(phoenix_kit_scheduled_jobs.resource_id, "UUID of the target resource in its respective table");
    comment!(phoenix_kit_scheduled_jobs.status, "Job status: pending, executed, failed, cancelled");
    comment!(phoenix_kit_scheduled_jobs.args, "JSONB map of additional arguments passed to the handler");
    comment!(phoenix_kit_scheduled_jobs.priority,
        "Higher values = higher priority. Jobs with same scheduled_at are ordered by priority DESC");
}
