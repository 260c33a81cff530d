CREATE TABLE "charts" (
	"hash" text PRIMARY KEY NOT NULL,
	"input" jsonb NOT NULL,
	"birth" jsonb NOT NULL,
	"engine_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reading_sections" (
	"chart_hash" text NOT NULL,
	"locale" text NOT NULL,
	"section_id" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"paragraphs" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reading_sections_chart_hash_locale_section_id_pk" PRIMARY KEY("chart_hash","locale","section_id")
);
--> statement-breakpoint
CREATE TABLE "readings" (
	"chart_hash" text NOT NULL,
	"locale" text NOT NULL,
	"status" text NOT NULL,
	"sections_total" integer NOT NULL,
	"requested_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "readings_chart_hash_locale_pk" PRIMARY KEY("chart_hash","locale")
);
--> statement-breakpoint
ALTER TABLE "reading_sections" ADD CONSTRAINT "reading_sections_chart_hash_locale_readings_chart_hash_locale_fk" FOREIGN KEY ("chart_hash","locale") REFERENCES "public"."readings"("chart_hash","locale") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readings" ADD CONSTRAINT "readings_chart_hash_charts_hash_fk" FOREIGN KEY ("chart_hash") REFERENCES "public"."charts"("hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readings" ADD CONSTRAINT "readings_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reading_sections_order_idx" ON "reading_sections" USING btree ("chart_hash","locale","position");