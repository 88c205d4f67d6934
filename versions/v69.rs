pk_macros::version! {
    number = 69;
    title = "Role tables: legacy integer FK columns nullable";

    // PhoenixKit's V69 repeats, for the role tables, what it thought V67 missed: DROP NOT NULL on
    // user_role_assignments.user_id / role_id and role_permissions.role_id, each only if it is
    // NOT NULL at run time. On the chain all three are nullable since V56 (V67 re-asserted them
    // too), so PhoenixKit runs no statement here and public_stepwise/v69.txt equals v68.txt except
    // the marker. Kept as a `reassert!` (checked by the macro to be already true; it repairs
    // databases from other upgrade paths); no down.
    //
    // Down: nothing, so V68 is restored exactly. PhoenixKit's down sets NOT NULL on the three
    // columns wherever they exist, although they were nullable at V68 (and fails if the app has
    // written role rows without the integer ids).
    reassert!({
        drop_not_null!(phoenix_kit_user_role_assignments, user_id);
        drop_not_null!(phoenix_kit_user_role_assignments, role_id);
        drop_not_null!(phoenix_kit_role_permissions, role_id);
    });
}
