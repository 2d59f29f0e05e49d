// One thing wrong with the data, located for the editor who fixes it: the file, the record id and the field.
export interface DataProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}
