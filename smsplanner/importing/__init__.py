"""Reading result files (CSV, TSV, XLSX, XLS, ODS) into campaign figures. pandas loads lazily."""
