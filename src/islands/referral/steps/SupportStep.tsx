import { supportKinds } from '../../../schemas/choices';
import { Checkboxes } from '../../fields/Choices';
import { TextField } from '../../fields/TextField';
import { useForm } from '../form';

export function SupportStep() {
  const f = useForm();
  return (
    <>
      <Checkboxes
        text={f.text('support.wanted', f.voiced('wanted'))}
        options={supportKinds.map((v) => ({ value: v, label: f.t(`wanted.${v}`) }))}
        {...f.bind('support.wanted')}
      />
      <TextField
        text={f.text('support.details', 'supportDetails', undefined, true)}
        {...f.field('support.details')}
        multiline
      />
    </>
  );
}
