//! Turning a chosen spreadsheet file into the core's `Sheet`: CSV decoded by
//! the core (UTF-8 or UTF-16) or, failing that, as GB18030 (which Chinese
//! Excel writes) by the browser's decoder; Excel read by
//! the spreadsheet worker (`crates/sheet-worker`), fetched only on first use.

use js_sys::{Promise, Uint8Array};
use livedesk_core::sheet::{read_csv_file, Sheet, SheetError};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

use crate::routes::base;

/// Why a spreadsheet file gave no sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetFileError {
    Sheet(SheetError),
    /// The browser could not read the file or start the worker.
    Unavailable,
}

pub async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// The browser's GB18030 decoder, which the core's shared decoder
/// (`livedesk_core::file_text`) falls back on for CSV that is not Unicode.
fn gb18030(bytes: &[u8]) -> Option<String> {
    let decoder = web_sys::TextDecoder::new_with_label("gb18030").ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}

pub fn read_csv_bytes(bytes: &[u8]) -> Result<Sheet, SheetFileError> {
    read_csv_file(bytes, &gb18030).map_err(SheetFileError::Sheet)
}

/// Reads an .xlsx file in the worker; one worker per file, ended afterwards.
pub async fn read_xlsx_bytes(bytes: Vec<u8>) -> Result<Sheet, SheetFileError> {
    let url = format!("{}/sheet_worker_loader.js", base());
    let worker = Worker::new(&url).map_err(|_| SheetFileError::Unavailable)?;
    let reply = ask_worker(&worker, bytes).await;
    worker.terminate();
    let json = reply.ok_or(SheetFileError::Unavailable)?;
    let result: Result<Sheet, SheetError> =
        serde_json::from_str(&json).map_err(|_| SheetFileError::Unavailable)?;
    result.map_err(SheetFileError::Sheet)
}

/// Waits for the worker's "ready", sends the bytes, and returns its one reply;
/// None if the worker fails to load or run.
async fn ask_worker(worker: &Worker, bytes: Vec<u8>) -> Option<String> {
    let array = Uint8Array::from(bytes.as_slice());
    let mut on_message: Option<Closure<dyn FnMut(MessageEvent)>> = None;
    let mut on_error: Option<Closure<dyn FnMut(JsValue)>> = None;
    let promise = Promise::new(&mut |resolve, reject| {
        let sender = worker.clone();
        let array = array.clone();
        on_message = Some(Closure::new(move |event: MessageEvent| {
            let data = event.data().as_string().unwrap_or_default();
            if data == "ready" {
                let _ = sender.post_message(&array);
            } else {
                let _ = resolve.call1(&JsValue::NULL, &JsValue::from_str(&data));
            }
        }));
        on_error = Some(Closure::new(move |error: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &error);
        }));
    });
    let on_message = on_message?;
    let on_error = on_error?;
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let reply = JsFuture::from(promise).await.ok()?.as_string();
    worker.set_onmessage(None);
    worker.set_onerror(None);
    reply
}
