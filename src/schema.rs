//! The JSON Schema (draft-07) of the plan file, for editors (Taplo, VS
//! Code's Even Better TOML) that complete and validate a TOML file from
//! the `#:schema ./plan.schema.json` line at its top. It is made from the
//! same readers that load a plan ([`crate::load::describe`]): a key the
//! loader reads is in the schema, with its type and documentation, and no
//! other. A test keeps the committed `plan.schema.json` current.

use serde_json::{Map, Value, json};

use crate::load::{FieldSpec, Shape, describe};
use crate::plan::Plan;

/// The schema, as pretty JSON ending in a newline.
pub fn json() -> String {
    let mut definitions = Map::new();
    let root = object(&describe::<Plan>(), &mut definitions);
    let mut schema = Map::new();
    schema.insert("$schema".into(), json!("http://json-schema.org/draft-07/schema#"));
    schema.insert("title".into(), json!("icc plan"));
    schema.insert(
        "description".into(),
        json!(
            "A programme plan for icc: phases with windows, lengths and dependencies, milestones, workshops \
             and recurring meetings."
        ),
    );
    if let Value::Object(root) = root {
        schema.extend(root);
    }
    schema.insert("definitions".into(), Value::Object(definitions));
    serde_json::to_string_pretty(&Value::Object(schema)).unwrap_or_default() + "\n"
}

/// An object with exactly `fields`; tables go to `definitions`, by key.
fn object(fields: &[FieldSpec], definitions: &mut Map<String, Value>) -> Value {
    let mut properties = Map::new();
    for field in fields {
        let mut property = Map::new();
        property.insert("description".into(), json!(field.doc));
        let reference = |key: &str| json!({"$ref": format!("#/definitions/{key}")});
        match field.shape {
            Shape::Value(schema) => {
                if let Value::Object(schema) = schema() {
                    property.extend(schema);
                }
            }
            Shape::Table(keys) => {
                let definition = object(&keys(), definitions);
                definitions.insert(field.key.into(), definition);
                property.insert("allOf".into(), json!([reference(field.key)]));
            }
            Shape::Tables(keys) => {
                let definition = object(&keys(), definitions);
                definitions.insert(field.key.into(), definition);
                property.insert("type".into(), json!("array"));
                property.insert("items".into(), reference(field.key));
            }
        }
        properties.insert(field.key.into(), Value::Object(property));
    }
    let required: Vec<&str> = fields.iter().filter(|f| f.required).map(|f| f.key).collect();
    json!({
        "type": "object",
        "properties": properties,
        "additionalProperties": false,
        "required": required,
    })
}
