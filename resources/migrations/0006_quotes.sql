-- Fieldbook schema version 6: the product catalogue, price lists and quotes (docs/architecture.md;
-- issue 4). All are synced record types. Products, price lists and their prices belong to the
-- organisation (every user reads them; managers and admins write them). Quote lines are records of
-- their own, so that lines added to one quote on two devices offline both survive.
--
-- Quantities, percentages and tax rates are decimals with four places stored as integers ×10,000
-- (core/domain/QuoteMath.h, Decimal4); prices and amounts are integer minor units of the currency.
CREATE TABLE products (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    sku TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    family TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    tax_category TEXT NOT NULL DEFAULT '',
    tax_rate INTEGER NOT NULL DEFAULT 0,
    external_id TEXT,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX products_sku ON products (sku, deleted);
CREATE INDEX products_name ON products (deleted, name);
CREATE INDEX products_external ON products (external_id) WHERE external_id IS NOT NULL;

CREATE TABLE price_lists (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- One unit price of a product in a price list from a minimum quantity up (quantity breaks: several
-- entries of one product with different minimum quantities; the largest one not above the quoted
-- quantity applies).
CREATE TABLE price_list_entries (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    price_list_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    min_quantity INTEGER NOT NULL DEFAULT 0,
    unit_price INTEGER NOT NULL DEFAULT 0,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX price_list_entries_of ON price_list_entries (price_list_id, product_id, min_quantity);

-- A quote and each of its revisions: revisions share `number` and count up in `revision`.
CREATE TABLE quotes (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    number TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 1,
    opportunity_id TEXT,
    account_id TEXT,
    contact_id TEXT,
    title TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    price_list_id TEXT,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'sent', 'accepted', 'rejected', 'expired', 'superseded')),
    valid_until TEXT NOT NULL DEFAULT '',
    payment_terms TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    sent_at INTEGER NOT NULL DEFAULT 0,
    decided_at INTEGER NOT NULL DEFAULT 0,
    previous_id TEXT,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_number ON quotes (number, revision);
CREATE INDEX quotes_opportunity ON quotes (opportunity_id, deleted);

CREATE TABLE quote_lines (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    quote_id TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'item' CHECK (kind IN ('item', 'section', 'note')),
    product_id TEXT,
    description TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL DEFAULT 0,
    unit TEXT NOT NULL DEFAULT '',
    unit_price INTEGER NOT NULL DEFAULT 0,
    discount_kind TEXT NOT NULL DEFAULT 'none' CHECK (discount_kind IN ('none', 'percent', 'amount')),
    discount INTEGER NOT NULL DEFAULT 0,
    tax_rate INTEGER NOT NULL DEFAULT 0,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quote_lines_of ON quote_lines (quote_id, deleted, position);
