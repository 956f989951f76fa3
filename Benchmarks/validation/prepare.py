"""Writes the benchmark inputs into data/ (git-ignored) from the shared corpus.

- stripe-spec.json / dodo-spec.json: the vendor specs as JSON, unchanged (PyYAML reads the
  YAML; the Swift side reads JSON so that it does not depend on the YAML loader).
- stripe-cases.json: [schema name, fixture] for each Stripe fixture whose key (or `object`)
  names a schema in components/schemas.
- dodo-cases.json: [schema name, request] for POST /checkouts (CreateCheckoutSessionRequest).
- stripe-jsonschema.json: Stripe's components converted for a draft-4 validator: OAS 3.0
  `nullable: true` next to `type` becomes a type array with "null" (the meaning OAS 3.0.3
  gives it, enums untouched); refs stay as they are and resolve inside the same document.
"""
import json
import os
import sys

import yaml

corpus = os.environ.get("CONFORM_CORPUS") or os.path.join(os.path.dirname(__file__), "../../../shared/corpus")
vendor = os.path.join(corpus, "vendor")
out = os.path.join(os.path.dirname(__file__), "data")
os.makedirs(out, exist_ok=True)


def load_yaml(name):
    with open(os.path.join(vendor, name)) as f:
        return yaml.load(f, Loader=yaml.CSafeLoader)


def nullable_to_type_arrays(node):
    if isinstance(node, dict):
        node = {k: nullable_to_type_arrays(v) for k, v in node.items()}
        if node.pop("nullable", False) is True and isinstance(node.get("type"), str):
            node["type"] = [node["type"], "null"]
        return node
    if isinstance(node, list):
        return [nullable_to_type_arrays(v) for v in node]
    return node


def dump(name, value):
    with open(os.path.join(out, name), "w") as f:
        json.dump(value, f, default=str)


stripe = load_yaml("stripe-spec3-2023-09-12.yaml")
schemas = stripe["components"]["schemas"]
with open(os.path.join(vendor, "stripe-fixtures3-current.json")) as f:
    fixtures = json.load(f)["resources"]
cases = []
for key, fixture in fixtures.items():
    name = key if key in schemas else fixture.get("object")
    if name in schemas:
        cases.append([name, fixture])
dump("stripe-spec.json", stripe)
dump("stripe-cases.json", cases)
dump("stripe-jsonschema.json", {"components": {"schemas": nullable_to_type_arrays(schemas)}})

dodo = load_yaml("dodopayments-openapi.documented.yml")
request = {
    "product_cart": [
        {"product_id": "pdt_4Ew1lV9d9wOxrLNtP9dlz", "quantity": 2},
        {"product_id": "pdt_7Qb2mW0e0xPysMOuQ0emA", "quantity": 1, "amount": 1999},
    ],
    "customer": {"email": "ann@example.com", "name": "Ann Example"},
    "billing_address": {"country": "US", "city": "Springfield", "state": "IL", "street": "1 Main St", "zipcode": "62701"},
    "allowed_payment_method_types": ["credit", "debit"],
    "return_url": "https://example.com/return",
    "metadata": {"order": "1234"},
    "confirm": False,
}
dump("dodo-spec.json", dodo)
dump("dodo-cases.json", [["CreateCheckoutSessionRequest", request]])
print(f"{len(cases)} Stripe fixtures with a schema, of {len(fixtures)}; 1 Dodo request", file=sys.stderr)
