/**
 * A form that may carry one uploaded file, read with a size limit on that file: "tooLarge"
 * when the file is over it, a 400 when the body is no form. Text fields are cleaned as every
 * other form's are (readForm); a form without a file may come urlencoded.
 */
import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { cleanForm, readForm } from "./request-input.server";

export async function readUploadForm(
  request: Request,
  maxFileBytes: number,
): Promise<FormData | "tooLarge"> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data")) return readForm(request);
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: maxFileBytes }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return "tooLarge";
    throw new Response("Bad Request", { status: 400 });
  }
  return cleanForm(form);
}
