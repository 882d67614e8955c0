/**
 * The labelled inputs of form-fields.tsx bound to a react-hook-form field by name: the value
 * and its changes go through the form, and an error on the field (the form's own check or
 * main's refusal set by path) marks the input invalid. Kept apart from form-fields.tsx so
 * forms without react-hook-form (the ticket forms) do not load it.
 */
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues
} from 'react-hook-form';
import {
  CheckboxField,
  SelectField,
  TextField,
  type CheckboxFieldProps,
  type SelectFieldProps,
  type TextFieldProps
} from './form-fields';

interface Bound<T extends FieldValues, V> {
  readonly control: Control<T, unknown, unknown>;
  readonly name: FieldPathByValue<T, V>;
}

/** A `TextField` over a string field of the form. */
export function FormTextField<T extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T, string> & Omit<TextFieldProps, 'value' | 'onChange' | 'invalid'>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <TextField
      {...props}
      value={field.value as string}
      onChange={field.onChange}
      invalid={fieldState.invalid}
    />
  );
}

/** A `CheckboxField` over a boolean field of the form. */
export function FormCheckboxField<T extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T, boolean> & Omit<CheckboxFieldProps, 'checked' | 'onChange'>) {
  const { field } = useController({ control, name });
  return <CheckboxField {...props} checked={field.value as boolean} onChange={field.onChange} />;
}

/** A `SelectField` over a string field of the form (an enum's values as options). */
export function FormSelectField<T extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T, string> & Omit<SelectFieldProps, 'value' | 'onChange' | 'invalid'>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <SelectField
      {...props}
      value={field.value as string}
      onChange={field.onChange}
      invalid={fieldState.invalid}
    />
  );
}
