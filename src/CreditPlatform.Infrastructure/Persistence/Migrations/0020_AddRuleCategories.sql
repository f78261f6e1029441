-- The platform's controlled vocabulary of rule categories. A rule names one by code; protected categories can
-- be named by no scheme, and points in a purchasable category are capped by the bought-credit guardrail.
-- Platform-level: every jurisdiction reads the same words, and only the platform (through migrations) changes them.
CREATE TABLE rule_categories (
    code varchar(50) PRIMARY KEY,
    label_zh varchar(100) NOT NULL,
    label_en varchar(100) NOT NULL,
    purchasable boolean NOT NULL,
    protected boolean NOT NULL,
    CONSTRAINT ck_rule_categories_code CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    CONSTRAINT ck_rule_categories_protected_not_purchasable CHECK (NOT (protected AND purchasable))
);

INSERT INTO rule_categories (code, label_zh, label_en, purchasable, protected) VALUES
    ('traffic', '交通出行', 'Traffic', false, false),
    ('finance', '金融信贷', 'Finance and loans', false, false),
    ('commerce', '商务诚信', 'Commerce and contracts', false, false),
    ('market_order', '市场秩序', 'Market order', false, false),
    ('judicial', '司法执行', 'Court judgments', false, false),
    ('tax', '依法纳税', 'Taxes', false, false),
    ('labour', '劳动用工', 'Employment and wages', false, false),
    ('public_property', '公共财产', 'Public property', false, false),
    ('public_order', '社会治安', 'Public order', false, false),
    ('public_welfare', '公益服务', 'Public service', false, false),
    ('community', '集体事务', 'Community life', false, false),
    ('environment', '环境卫生', 'Environment and sanitation', false, false),
    ('family', '家庭责任', 'Family duties', false, false),
    ('donation', '捐款捐物', 'Donations of money or goods', true, false),
    ('ethnicity', '民族', 'Ethnicity', false, true),
    ('religion', '宗教信仰', 'Religion', false, true),
    ('political_opinion', '政治观点', 'Political opinion', false, true),
    ('petition', '信访与投诉', 'Petitions and complaints to the authorities', false, true),
    ('lawful_speech', '合法言论', 'Lawful speech', false, true);

GRANT SELECT ON rule_categories TO creditplatform_app;
