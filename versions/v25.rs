pk_macros::version! {
    number = 25;
    title = "Aspect ratio";

    add_column!(phoenix_kit_storage_dimensions, maintain_aspect_ratio: boolean not_null default true);
}
