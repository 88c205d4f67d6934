//! The DSL's words.

syn::custom_keyword!(number);
syn::custom_keyword!(title);
syn::custom_keyword!(chain);
syn::custom_keyword!(irreversible);
syn::custom_keyword!(reverse);
syn::custom_keyword!(primary_key);
syn::custom_keyword!(not_null);
syn::custom_keyword!(null);
syn::custom_keyword!(default);
syn::custom_keyword!(references);
syn::custom_keyword!(on_delete);
syn::custom_keyword!(on_update);
syn::custom_keyword!(name);
syn::custom_keyword!(unique);
syn::custom_keyword!(using);
syn::custom_keyword!(filter);
syn::custom_keyword!(desc);
syn::custom_keyword!(conflict);
syn::custom_keyword!(rows);
syn::custom_keyword!(set);
syn::custom_keyword!(why);
syn::custom_keyword!(timestamps);
syn::custom_keyword!(updated_at);
syn::custom_keyword!(now);
syn::custom_keyword!(sql);
syn::custom_keyword!(none);
