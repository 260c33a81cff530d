INSERT INTO "roles" ("name", "description") VALUES
  ('user', 'Signed-in end user'),
  ('admin', 'Runs the platform: dashboard, data, jobs')
ON CONFLICT ("name") DO NOTHING;
