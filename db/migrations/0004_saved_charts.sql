CREATE TABLE "saved_charts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"chart_hash" text NOT NULL,
	"name" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_charts_user_chart_unique" UNIQUE("user_id","chart_hash"),
	CONSTRAINT "saved_charts_name_length" CHECK (char_length("saved_charts"."name") between 1 and 100),
	CONSTRAINT "saved_charts_tags_count" CHECK (coalesce(array_length("saved_charts"."tags", 1), 0) <= 10)
);
--> statement-breakpoint
ALTER TABLE "saved_charts" ADD CONSTRAINT "saved_charts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_charts" ADD CONSTRAINT "saved_charts_chart_hash_charts_hash_fk" FOREIGN KEY ("chart_hash") REFERENCES "public"."charts"("hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "saved_charts_user_created_idx" ON "saved_charts" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "saved_charts_tags_idx" ON "saved_charts" USING gin ("tags");