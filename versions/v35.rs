pk_macros::version! {
    number = 35;
    title = "Support tickets";

    create_table!(phoenix_kit_tickets, primary_key = uuid(id), {
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        assigned_to_id: bigint references(phoenix_kit_users, on_delete = set_null),
        title: varchar(255) not_null,
        description: text not_null,
        status: varchar(255) not_null default "open",
        slug: varchar(255) not_null,
        comment_count: integer not_null default 0,
        metadata: jsonb default "{}",
        resolved_at: timestamp,
        closed_at: timestamp,
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_tickets, [user_id]);
    create_index!(phoenix_kit_tickets, [assigned_to_id]);
    create_index!(phoenix_kit_tickets, [status]);
    // PhoenixKit also asks for a unique index on [slug] under this same default name; its
    // IF NOT EXISTS skips it, so tickets.slug is only indexed, not unique (kept as PhoenixKit has it).
    create_index!(phoenix_kit_tickets, [slug]);
    create_index!(phoenix_kit_tickets, [inserted_at]);
    create_index!(phoenix_kit_tickets, [status, assigned_to_id]);
    create_index!(phoenix_kit_tickets, [user_id, status]);
    create_index!(phoenix_kit_tickets, [status, inserted_at]);
    comment!(phoenix_kit_tickets, "Support tickets with status workflow (open/in_progress/resolved/closed)");

    create_table!(phoenix_kit_ticket_comments, primary_key = uuid(id), {
        ticket_id: uuid not_null references(phoenix_kit_tickets, on_delete = cascade),
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        parent_id: uuid references(phoenix_kit_ticket_comments, on_delete = cascade),
        content: text not_null,
        is_internal: boolean not_null default false,
        depth: integer not_null default 0,
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_ticket_comments, [ticket_id]);
    create_index!(phoenix_kit_ticket_comments, [user_id]);
    create_index!(phoenix_kit_ticket_comments, [parent_id]);
    create_index!(phoenix_kit_ticket_comments, [is_internal]);
    create_index!(phoenix_kit_ticket_comments, [ticket_id, is_internal]);
    create_index!(phoenix_kit_ticket_comments, [ticket_id, parent_id, depth]);
    create_index!(phoenix_kit_ticket_comments, [ticket_id, inserted_at]);
    comment!(phoenix_kit_ticket_comments, "Ticket comments with internal notes support (is_internal flag for staff-only)");

    create_table!(phoenix_kit_ticket_attachments, primary_key = uuid(id), {
        ticket_id: uuid references(phoenix_kit_tickets, on_delete = cascade),
        comment_id: uuid references(phoenix_kit_ticket_comments, on_delete = cascade),
        file_id: uuid not_null references(phoenix_kit_files, on_delete = cascade),
        position: integer not_null,
        caption: text,
        timestamps(timestamp(0)),
        check(phoenix_kit_ticket_attachments_parent_check,
            "(ticket_id IS NOT NULL AND comment_id IS NULL) OR (ticket_id IS NULL AND comment_id IS NOT NULL)"),
    });
    create_index!(phoenix_kit_ticket_attachments, [ticket_id]);
    create_index!(phoenix_kit_ticket_attachments, [comment_id]);
    create_index!(phoenix_kit_ticket_attachments, [file_id]);
    create_index!(phoenix_kit_ticket_attachments, [position]);
    comment!(phoenix_kit_ticket_attachments, "File attachments for tickets or comments (with position ordering)");

    create_table!(phoenix_kit_ticket_status_history, primary_key = uuid(id), {
        ticket_id: uuid not_null references(phoenix_kit_tickets, on_delete = cascade),
        // NOT NULL with ON DELETE SET NULL, as PhoenixKit declares it: deleting such a user fails.
        changed_by_id: bigint not_null references(phoenix_kit_users, on_delete = set_null),
        from_status: varchar(255),
        to_status: varchar(255) not_null,
        reason: text,
        inserted_at: timestamp(0) not_null,
    });
    create_index!(phoenix_kit_ticket_status_history, [ticket_id]);
    create_index!(phoenix_kit_ticket_status_history, [changed_by_id]);
    create_index!(phoenix_kit_ticket_status_history, [inserted_at]);
    create_index!(phoenix_kit_ticket_status_history, [ticket_id, inserted_at]);
    comment!(phoenix_kit_ticket_status_history, "Audit trail for ticket status transitions (who, when, from/to, reason)");

    // An existing SupportAgent role is promoted to a system role. PhoenixKit's down keeps the role;
    // ours removes it as V34 had none, unless users hold it: then it stays, so no assignment is
    // lost to the cascade (an application may have created the role before V35).
    seed!(phoenix_kit_user_roles, conflict = [name], update = "is_system_role = true", rows = [
        { name: "SupportAgent", description: "Support team member with ticket management access",
          is_system_role: true, inserted_at: now(), updated_at: now() },
    ]) reverse {
        delete!(phoenix_kit_user_roles, filter = "name = 'SupportAgent' AND NOT EXISTS (
            SELECT 1 FROM {prefix}.phoenix_kit_user_role_assignments a
            WHERE a.role_id = phoenix_kit_user_roles.id)") reverse {}
    }

    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "tickets_enabled", value: "false", date_added: now(), date_updated: now() },
        { key: "tickets_per_page", value: "20", date_added: now(), date_updated: now() },
        { key: "tickets_comments_enabled", value: "true", date_added: now(), date_updated: now() },
        { key: "tickets_internal_notes_enabled", value: "true", date_added: now(), date_updated: now() },
        { key: "tickets_attachments_enabled", value: "true", date_added: now(), date_updated: now() },
        { key: "tickets_allow_reopen", value: "true", date_added: now(), date_updated: now() },
    ]);
}
