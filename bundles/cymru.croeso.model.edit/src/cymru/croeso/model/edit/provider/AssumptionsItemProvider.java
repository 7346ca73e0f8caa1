/**
 */
package cymru.croeso.model.edit.provider;


import cymru.croeso.model.Assumptions;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link cymru.croeso.model.Assumptions} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AssumptionsItemProvider extends ModelElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssumptionsItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

		}
		return itemPropertyDescriptors;
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CroesoPackage.Literals.ASSUMPTIONS__FERTILITY);
			childrenFeatures.add(CroesoPackage.Literals.ASSUMPTIONS__MORTALITY);
			childrenFeatures.add(CroesoPackage.Literals.ASSUMPTIONS__MIGRATION);
			childrenFeatures.add(CroesoPackage.Literals.ASSUMPTIONS__SCHEDULES);
			childrenFeatures.add(CroesoPackage.Literals.ASSUMPTIONS__TRANSITIONS);
			childrenFeatures.add(CroesoPackage.Literals.ASSUMPTIONS__SPECIAL_FLOWS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Assumptions.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Assumptions"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		return getString("_UI_Assumptions_type");
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Assumptions.class)) {
			case CroesoPackage.ASSUMPTIONS__FERTILITY:
			case CroesoPackage.ASSUMPTIONS__MORTALITY:
			case CroesoPackage.ASSUMPTIONS__MIGRATION:
			case CroesoPackage.ASSUMPTIONS__SCHEDULES:
			case CroesoPackage.ASSUMPTIONS__TRANSITIONS:
			case CroesoPackage.ASSUMPTIONS__SPECIAL_FLOWS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.ASSUMPTIONS__FERTILITY,
				 CroesoFactory.eINSTANCE.createAgeSpecificFertility()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.ASSUMPTIONS__FERTILITY,
				 CroesoFactory.eINSTANCE.createTotalFertility()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.ASSUMPTIONS__MORTALITY,
				 CroesoFactory.eINSTANCE.createAgeSpecificMortality()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.ASSUMPTIONS__MORTALITY,
				 CroesoFactory.eINSTANCE.createLifeExpectancyMortality()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.ASSUMPTIONS__MIGRATION,
				 CroesoFactory.eINSTANCE.createMigrationCounts()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.ASSUMPTIONS__MIGRATION,
				 CroesoFactory.eINSTANCE.createMigrationTotal()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.ASSUMPTIONS__MIGRATION,
				 CroesoFactory.eINSTANCE.createMigrationRate()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.ASSUMPTIONS__SCHEDULES,
				 CroesoFactory.eINSTANCE.createMigrationSchedule()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.ASSUMPTIONS__TRANSITIONS,
				 CroesoFactory.eINSTANCE.createGroupTransition()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.ASSUMPTIONS__SPECIAL_FLOWS,
				 CroesoFactory.eINSTANCE.createSpecialFlow()));
	}

}
