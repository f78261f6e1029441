-- Which channels have handed each notice over, so a retried delivery repeats none of them.
CREATE TABLE notification_deliveries (
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    notification_id uuid NOT NULL,
    channel varchar(40) NOT NULL,
    delivered_at timestamptz NOT NULL,
    CONSTRAINT pk_notification_deliveries PRIMARY KEY (tenant_id, notification_id, channel),
    CONSTRAINT fk_notification_deliveries_notifications FOREIGN KEY (tenant_id, notification_id) REFERENCES notifications (tenant_id, id)
);

ALTER TABLE notification_deliveries ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON notification_deliveries
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
GRANT SELECT, INSERT ON notification_deliveries TO creditplatform_app;
