// Filled in by the database work: creates a fresh SQLite file per run and applies migrations.
export default function setup() {}
